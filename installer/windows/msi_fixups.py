"""Post-link fixes to the MSI, the same on Linux (msibuild/msiinfo) and on Windows (the Windows Installer API).

    python installer/windows/msi_fixups.py Casebridge-1.2.3-x64.msi [--wixl]

Always: add HUB_URL, CA_BUNDLE and DATA_DIR to SecureCustomProperties, so values given on the msiexec command
line reach the elevated part of a per-machine install (wixl has no Property/@Secure, so this is done once here
for both toolchains).
With --wixl (msitools 0.101 ignores the schedule WiX uses): run RemoveExistingProducts right after
InstallValidate (the old version goes before the new one is installed, as WiX's MajorUpgrade does by default)
and the machine-defaults action right after InstallFiles, inside the install transaction.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SECURE = ("HUB_URL", "CA_BUNDLE", "DATA_DIR")
WIXL_SEQUENCE = {"RemoveExistingProducts": 1401, "WriteMachineDefaults": 4001}


def _current_secure_linux(msi: Path) -> list[str]:
    table = subprocess.run(["msiinfo", "export", str(msi), "Property"], capture_output=True, text=True, check=True)
    for line in table.stdout.splitlines():
        name, _, value = line.partition("\t")
        if name == "SecureCustomProperties":
            return [v for v in value.split(";") if v]
    return []


def statements(current: list[str], wixl: bool) -> list[str]:
    wanted = current + [p for p in SECURE if p not in current]
    value = ";".join(wanted)
    sql = [
        f"UPDATE Property SET Value='{value}' WHERE Property='SecureCustomProperties'"
        if current
        else f"INSERT INTO Property (Property, Value) VALUES ('SecureCustomProperties', '{value}')"
    ]
    if wixl:
        sql += [
            f"UPDATE InstallExecuteSequence SET Sequence={seq} WHERE Action='{action}'"
            for action, seq in WIXL_SEQUENCE.items()
        ]
    return sql


def fix(msi: Path, wixl: bool) -> list[str]:
    if sys.platform == "win32":
        import msilib  # type: ignore[import-not-found]  # Windows-only, in the standard library up to 3.12

        db = msilib.OpenDatabase(str(msi), msilib.MSIDBOPEN_TRANSACT)
        view = db.OpenView("SELECT Value FROM Property WHERE Property='SecureCustomProperties'")
        view.Execute(None)
        record = view.Fetch()
        current = [v for v in record.GetString(1).split(";") if v] if record else []
        view.Close()
        sql = statements(current, wixl)
        for statement in sql:
            change = db.OpenView(statement)
            change.Execute(None)
            change.Close()
        db.Commit()
        return sql
    sql = statements(_current_secure_linux(msi), wixl)
    command = ["msibuild", str(msi)]
    for statement in sql:
        command += ["-q", statement]
    subprocess.run(command, check=True)
    return sql


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "--wixl"]
    if len(args) != 1:
        raise SystemExit(__doc__)
    for statement in fix(Path(args[0]), wixl="--wixl" in sys.argv):
        print(statement)


if __name__ == "__main__":
    main()
