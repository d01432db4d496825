"""Programme models, one module per capability (all in the public schema)."""

from programme.models.actuals import (
    CaseTally,
    Channel,
    ChannelCheck,
    ChannelState,
    CheckMethod,
    Platform,
    ProductDeclaration,
    ReportTally,
)
from programme.models.events import EventKind, OrgMonth, PublicationEvent, SubtreeMonth
from programme.models.plan_events import PlanEvent, PlanEventAction, PublicIndicators
from programme.models.plans import Plan, PlanStatus, Target
from programme.models.reports import Report, ReportCount, ReportEvent, ReportStatus
from programme.models.training import Cadre, CadreCategory, Course, CourseMode, TrainingRecord

__all__ = [
    "Cadre",
    "CadreCategory",
    "CaseTally",
    "Channel",
    "ChannelCheck",
    "ChannelState",
    "CheckMethod",
    "Course",
    "CourseMode",
    "EventKind",
    "OrgMonth",
    "Plan",
    "PlanEvent",
    "PlanEventAction",
    "PlanStatus",
    "Platform",
    "ProductDeclaration",
    "PublicIndicators",
    "PublicationEvent",
    "Report",
    "ReportCount",
    "ReportEvent",
    "ReportStatus",
    "ReportTally",
    "SubtreeMonth",
    "Target",
    "TrainingRecord",
]
