"""Every state-changing operation on cases, one action per file (see ``congdoan.actions``)."""
