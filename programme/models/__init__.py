"""Programme models, one module per capability (all in the public schema)."""

from programme.models.events import EventKind, OrgMonth, PublicationEvent, SubtreeMonth
from programme.models.plans import Plan, PlanStatus, Target
from programme.models.training import Cadre, CadreCategory, Course, CourseMode, TrainingRecord

__all__ = [
    "Cadre",
    "CadreCategory",
    "Course",
    "CourseMode",
    "EventKind",
    "OrgMonth",
    "Plan",
    "PlanStatus",
    "PublicationEvent",
    "SubtreeMonth",
    "Target",
    "TrainingRecord",
]
