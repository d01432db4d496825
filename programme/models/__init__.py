"""Programme models, one module per capability (all in the public schema)."""

from programme.models.events import EventKind, OrgMonth, PublicationEvent, SubtreeMonth
from programme.models.plans import Plan, PlanStatus, Target
from programme.models.reports import Report, ReportCount, ReportEvent, ReportStatus

__all__ = [
    "EventKind",
    "OrgMonth",
    "Plan",
    "PlanStatus",
    "PublicationEvent",
    "Report",
    "ReportCount",
    "ReportEvent",
    "ReportStatus",
    "SubtreeMonth",
    "Target",
]
