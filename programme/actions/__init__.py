"""Every state-changing operation of the programme, one action per file (see
``congdoan.actions``)."""
