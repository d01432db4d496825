"""The programme's domain actions, one class per file (``congdoan.actions.Action``)."""
