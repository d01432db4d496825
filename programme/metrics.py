"""The programme's indicators ("chỉ tiêu"), in one catalogue.

Every figure the programme reports is built from *series*: integer counts kept per
organisation and month (``OrgMonth``) and per subtree and month (``SubtreeMonth``). A series is
either a *flow* (things that happened in the month: articles published, cases answered on
time) or a *stock* kept as monthly changes (people trained, channels registered: +1 when one is
added, -1 when one goes), whose value at a date is the sum of its changes up to that date.

An *indicator* is what a plan sets a target on and the dashboard shows: a count (one series,
summed over the period) or a rate (numerator series / denominator series, in percent).
``per_unit`` indicators are targets for each organisation (30 articles a year per unit); the
roll-up of a subtree for them is how many units meet their target, not the sum.

Default targets are the 2023-2028 programme's numbers, by level (hierarchy.models.Level); a
plan set by an organisation replaces them for its subtree (programme.targets).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True)
class Series:
    key: str
    label: str
    stock: bool = False


@dataclass(frozen=True)
class Indicator:
    key: str
    label: str
    unit: str
    numerator: str
    denominator: str | None = None  # a rate when set
    per_unit: bool = False  # the target applies to each organisation, per year
    group: str = ""
    #: Default target by level (1-5); a level missing here has no default target.
    defaults: dict[int, Decimal] = field(default_factory=dict)
    #: The last year by which a stock target must be reached (training: 2028).
    by_year: int | None = None

    @property
    def is_rate(self) -> bool:
        return self.denominator is not None


SERIES: dict[str, Series] = {
    s.key: s
    for s in [
        # Publications (recorded as PublicationEvent rows as they happen).
        Series("published", "Tin bài đăng trên trang của đơn vị"),
        Series("sent_up", "Tin bài gửi lên cấp trên"),
        Series("carried_up", "Tin bài gửi lên được cấp trên đăng"),
        Series("shared_down", "Tin bài chia sẻ xuống cấp dưới"),
        # Shares received from above (every organisation a share reaches) and those the
        # receiver hid: carried = received - received_hidden (programme.reach_jobs).
        Series("received", "Tin bài nhận từ cấp trên"),
        Series("received_hidden", "Tin bài nhận từ cấp trên đã ẩn"),
        Series("campaigns", "Chiến dịch truyền thông chuyên đề"),
        Series("directives_due", "Chỉ đạo phải xác nhận"),
        Series("directives_acknowledged", "Chỉ đạo đã xác nhận"),
        Series("directives_on_time", "Chỉ đạo xác nhận đúng hạn"),
        # Products: every publication on the platform is digital; offline products (print,
        # radio, banners) are declared per month by the organisation.
        Series("products_digital", "Sản phẩm truyền thông số"),
        Series("products_total", "Tổng số sản phẩm truyền thông"),
        Series("materials_digitised", "Tài liệu đã số hóa", stock=True),
        Series("materials_total", "Tổng số tài liệu", stock=True),
        # Workers' voice.
        Series("cases_due", "Yêu cầu của đoàn viên đến hạn trả lời"),
        Series("cases_on_time", "Yêu cầu trả lời trong hạn"),
        Series("misinfo_reports", "Tin báo thông tin sai lệch"),
        Series("misinfo_handled", "Tin báo được xử lý trong hạn"),
        # Training (stocks: people in the roster, people who completed a course).
        Series("leaders_total", "Cán bộ chủ chốt công đoàn cấp trên trực tiếp cơ sở", stock=True),
        Series("leaders_trained", "Cán bộ chủ chốt đã được tập huấn", stock=True),
        Series("cadres_total", "Cán bộ công đoàn cơ sở", stock=True),
        Series("cadres_trained", "Cán bộ công đoàn cơ sở đã được tập huấn", stock=True),
        # Channels (stocks: 1 per organisation that must have one / has an active one).
        Series("channels_required", "Đơn vị phải có kênh mạng xã hội", stock=True),
        Series("channels_present", "Đơn vị có kênh mạng xã hội hoạt động", stock=True),
        # Periodic reports.
        Series("reports_due", "Báo cáo định kỳ phải nộp"),
        Series("reports_on_time", "Báo cáo định kỳ nộp đúng hạn"),
    ]
}

D = Decimal

INDICATORS: dict[str, Indicator] = {
    i.key: i
    for i in [
        Indicator(
            "articles_sent_up",
            "Tin bài gửi lên trang của cấp trên",
            "tin bài/năm",
            "sent_up",
            per_unit=True,
            group="Tin bài",
            defaults={3: D(30), 4: D(30)},
        ),
        Indicator(
            "articles_published",
            "Tin bài đăng trên trang của đơn vị",
            "tin bài/năm",
            "published",
            per_unit=True,
            group="Tin bài",
        ),
        Indicator(
            "campaigns",
            "Chiến dịch truyền thông chuyên đề",
            "chiến dịch/năm",
            "campaigns",
            per_unit=True,
            group="Chiến dịch",
            defaults={2: D(3), 3: D(1), 4: D(1)},
        ),
        Indicator(
            "directives_on_time",
            "Chỉ đạo được xác nhận đúng hạn",
            "%",
            "directives_on_time",
            "directives_due",
            group="Chỉ đạo",
            defaults={2: D(100), 3: D(100), 4: D(100)},
        ),
        Indicator(
            "digital_share",
            "Tỷ lệ sản phẩm truyền thông số",
            "%",
            "products_digital",
            "products_total",
            group="Chuyển đổi số",
            defaults={1: D(50), 2: D(50), 3: D(50), 4: D(50)},
        ),
        Indicator(
            "materials_digitised",
            "Tỷ lệ tài liệu được số hóa",
            "%",
            "materials_digitised",
            "materials_total",
            group="Chuyển đổi số",
            defaults={1: D(100), 2: D(100), 3: D(100)},
        ),
        Indicator(
            "cases_on_time",
            "Yêu cầu của đoàn viên được trả lời trong 24 giờ",
            "%",
            "cases_on_time",
            "cases_due",
            group="Tiếng nói người lao động",
            defaults={1: D(100), 2: D(100), 3: D(100), 4: D(100)},
        ),
        Indicator(
            "misinfo_handled",
            "Thông tin sai lệch được phát hiện và xử lý",
            "%",
            "misinfo_handled",
            "misinfo_reports",
            group="Tiếng nói người lao động",
            defaults={1: D(80), 2: D(80), 3: D(80), 4: D(80)},
        ),
        Indicator(
            "leaders_trained",
            "Cán bộ chủ chốt cấp trên trực tiếp cơ sở được tập huấn",
            "%",
            "leaders_trained",
            "leaders_total",
            group="Tập huấn",
            defaults={1: D(70), 2: D(70), 3: D(70)},
            by_year=2028,
        ),
        Indicator(
            "cadres_trained",
            "Cán bộ công đoàn cơ sở được tập huấn",
            "%",
            "cadres_trained",
            "cadres_total",
            group="Tập huấn",
            defaults={1: D(50), 2: D(50), 3: D(50), 4: D(50)},
            by_year=2028,
        ),
        Indicator(
            "channels",
            "Công đoàn cấp trên trực tiếp cơ sở có kênh mạng xã hội",
            "%",
            "channels_present",
            "channels_required",
            group="Kênh truyền thông",
            defaults={1: D(100), 2: D(100), 3: D(100)},
        ),
        Indicator(
            "reports_on_time",
            "Báo cáo định kỳ gửi cấp trên đúng hạn",
            "%",
            "reports_on_time",
            "reports_due",
            group="Báo cáo",
            defaults={2: D(100), 3: D(100), 4: D(100)},
        ),
    ]
}

#: The programme's years.
FIRST_YEAR, LAST_YEAR = 2023, 2028


def series(key: str) -> Series:
    return SERIES[key]


def indicator(key: str) -> Indicator:
    return INDICATORS[key]
