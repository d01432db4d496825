"""The demo union tree: which tenants the demo provisions and who may edit them."""

from tenants.models import TenantKind

DEMO_TENANTS = [
    {
        "schema_name": "tld",
        "domain": "tld.localhost",
        "name": "Tổng Liên đoàn Lao động Việt Nam",
        "short_name": "TLĐLĐVN",
        "kind": TenantKind.NATIONAL_FEDERATION,
    },
    {
        "schema_name": "cd_congthuong",
        "domain": "congthuong.localhost",
        "name": "Công đoàn Công Thương Việt Nam",
        "short_name": "CĐ Công Thương",
        "kind": TenantKind.SECTOR_UNION,
    },
    {
        "schema_name": "ldld_hanoi",
        "domain": "hanoi.localhost",
        "name": "Liên đoàn Lao động thành phố Hà Nội",
        "short_name": "LĐLĐ Hà Nội",
        "kind": TenantKind.PROVINCIAL_FEDERATION,
    },
    {
        "schema_name": "ldld_hcm",
        "domain": "hcm.localhost",
        "name": "Liên đoàn Lao động Thành phố Hồ Chí Minh",
        "short_name": "LĐLĐ TP.HCM",
        "kind": TenantKind.PROVINCIAL_FEDERATION,
    },
]
