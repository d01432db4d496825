"""The programme's actions (one per file, ``congdoan.actions.Action``)."""
