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
from programme.models.plans import Plan, PlanStatus, Target

__all__ = [
    "CaseTally",
    "Channel",
    "ChannelCheck",
    "ChannelState",
    "CheckMethod",
    "EventKind",
    "OrgMonth",
    "Plan",
    "PlanStatus",
    "Platform",
    "ProductDeclaration",
    "PublicationEvent",
    "ReportTally",
    "SubtreeMonth",
    "Target",
]
