"""GraphQL enums for the choice fields of the page types (names: the stored values, upper)."""

from enum import Enum

import strawberry

from cms.models import CampaignPage, DocumentPage, EventPage, PolicyPage


def choice_enum(name: str, choices, description: str):
    return strawberry.enum(
        Enum(name, {value.upper(): value for value, _ in choices}), description=description
    )


DocumentKind = choice_enum("DocumentKind", DocumentPage.TYPES, "Loại văn bản.")
DocumentStatus = choice_enum("DocumentStatus", DocumentPage.STATUSES, "Tình trạng hiệu lực.")
PolicyArea = choice_enum("PolicyArea", PolicyPage.AREAS, "Lĩnh vực chính sách.")
CampaignKind = choice_enum("CampaignKind", CampaignPage.KINDS, "Loại chiến dịch.")
AttendanceMode = choice_enum("AttendanceMode", EventPage.MODES, "Hình thức tham dự.")
