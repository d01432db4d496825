"""Actions of the programme (``congdoan.actions.Action``), one per file, imported from their
modules (``from programme.actions.save_plan_targets import SavePlanTargets``)."""
