/* ProcessPrng for Wine 8 — used only inside the Wine prefix that tests the Windows build, never shipped.
 *
 * Rust's standard library (1.78+) takes its randomness from ProcessPrng in bcryptprimitives.dll, which every
 * Windows 10+ has and Wine 8 lacks, so Rust-built Python extensions (cryptography, pydantic-core) fail to
 * load under Wine with "DLL load failed". This stand-in fills the buffer from BCryptGenRandom (the system
 * preferred generator Wine does implement), as the real ProcessPrng does from the kernel's generator.
 * Built by installer/windows/build-under-wine.sh with Debian's mingw-w64 cross compiler.
 */
#include <windows.h>
#include <bcrypt.h>

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size)
{
    while (size > 0) {
        ULONG chunk = size > 0x40000000 ? 0x40000000 : (ULONG)size;
        if (!BCRYPT_SUCCESS(BCryptGenRandom(NULL, data, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG)))
            return FALSE;
        data += chunk;
        size -= chunk;
    }
    return TRUE;
}

BOOL WINAPI DllMain(HINSTANCE instance, DWORD reason, LPVOID reserved)
{
    (void)instance; (void)reason; (void)reserved;
    return TRUE;
}
