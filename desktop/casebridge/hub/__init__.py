"""The receiving hub: submissions land here over HTTPS, are verified, recognised and receipted item by item.
Optional extra `[hub]` (FastAPI, uvicorn, argon2, PyJWT); `casebridge hub serve` runs it."""
