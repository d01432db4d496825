"""Programme models, one module per capability (all in the public schema)."""

from programme.models.events import EventKind, OrgMonth, PublicationEvent, SubtreeMonth
from programme.models.plan_events import PlanEvent, PlanEventAction, PublicIndicators
from programme.models.plans import Plan, PlanStatus, Target

__all__ = [
    "EventKind",
    "OrgMonth",
    "Plan",
    "PlanEvent",
    "PlanEventAction",
    "PlanStatus",
    "PublicIndicators",
    "PublicationEvent",
    "SubtreeMonth",
    "Target",
]
