"""Exchange with the CPS: the case package standard, signing, and (to come) the hub client and outbox."""
