"""A deterministic, realistic union tree for benchmarks and the demo.

``generate("full")``: 1 national federation, 20 national sector and corporate unions,
34 provincial federations (the post-July-2025 provinces and cities), about 700
upper-grassroots unions (industrial-zone, commune/ward and corporate unions) and about
130,000 grassroots unions with Vietnamese names. ``generate("small")``: the same top of the
tree with about 500 organisations. Rows are import rows (``hierarchy.importer.FIELDS``),
parents before children; the same seed always gives the same tree.
"""

from __future__ import annotations

import random

from congdoan.text import fold
from hierarchy.models import Kind, Level

NATIONAL_CODE = "TLD"

# (name after "Liên đoàn Lao động", is a centrally-run city)
PROVINCES = [
    ("Hà Nội", True),
    ("Huế", True),
    ("Hải Phòng", True),
    ("Đà Nẵng", True),
    ("Hồ Chí Minh", True),
    ("Cần Thơ", True),
    ("Tuyên Quang", False),
    ("Cao Bằng", False),
    ("Lai Châu", False),
    ("Lào Cai", False),
    ("Thái Nguyên", False),
    ("Điện Biên", False),
    ("Lạng Sơn", False),
    ("Sơn La", False),
    ("Phú Thọ", False),
    ("Bắc Ninh", False),
    ("Quảng Ninh", False),
    ("Hưng Yên", False),
    ("Ninh Bình", False),
    ("Thanh Hóa", False),
    ("Nghệ An", False),
    ("Hà Tĩnh", False),
    ("Quảng Trị", False),
    ("Quảng Ngãi", False),
    ("Gia Lai", False),
    ("Khánh Hòa", False),
    ("Lâm Đồng", False),
    ("Đắk Lắk", False),
    ("Đồng Nai", False),
    ("Tây Ninh", False),
    ("Vĩnh Long", False),
    ("Đồng Tháp", False),
    ("Cà Mau", False),
    ("An Giang", False),
]

# (name, kind): national sector unions and unions of state corporations under the federation.
SECTORS = [
    ("Công đoàn Giáo dục Việt Nam", Kind.SECTOR_UNION),
    ("Công đoàn Y tế Việt Nam", Kind.SECTOR_UNION),
    ("Công đoàn Công Thương Việt Nam", Kind.SECTOR_UNION),
    ("Công đoàn Xây dựng Việt Nam", Kind.SECTOR_UNION),
    ("Công đoàn Nông nghiệp và Môi trường Việt Nam", Kind.SECTOR_UNION),
    ("Công đoàn Ngân hàng Việt Nam", Kind.SECTOR_UNION),
    ("Công đoàn Viên chức Việt Nam", Kind.SECTOR_UNION),
    ("Công đoàn Tài chính Việt Nam", Kind.SECTOR_UNION),
    ("Công đoàn Văn hóa, Thể thao và Du lịch Việt Nam", Kind.SECTOR_UNION),
    ("Công đoàn Khoa học và Công nghệ Việt Nam", Kind.SECTOR_UNION),
    ("Công đoàn Công an nhân dân", Kind.SECTOR_UNION),
    ("Công đoàn Quốc phòng", Kind.SECTOR_UNION),
    ("Công đoàn Dệt May Việt Nam", Kind.CORPORATE_UNION),
    ("Công đoàn Dầu khí Việt Nam", Kind.CORPORATE_UNION),
    ("Công đoàn Điện lực Việt Nam", Kind.CORPORATE_UNION),
    ("Công đoàn Than - Khoáng sản Việt Nam", Kind.CORPORATE_UNION),
    ("Công đoàn Cao su Việt Nam", Kind.CORPORATE_UNION),
    ("Công đoàn Đường sắt Việt Nam", Kind.CORPORATE_UNION),
    ("Công đoàn Hàng không Việt Nam", Kind.CORPORATE_UNION),
    ("Công đoàn Bưu điện Việt Nam", Kind.CORPORATE_UNION),
]

WARD_NAMES = [
    "Hoàn Kiếm",
    "Ba Đình",
    "Đống Đa",
    "Cầu Giấy",
    "Long Biên",
    "Tây Hồ",
    "Hai Bà Trưng",
    "Bến Thành",
    "Sài Gòn",
    "Tân Định",
    "Thủ Đức",
    "An Khánh",
    "Hòa Bình",
    "Thống Nhất",
    "Tân Phú",
    "Phú Lợi",
    "Quang Trung",
    "Trần Hưng Đạo",
    "Lê Lợi",
    "Hồng Hà",
    "Bình Minh",
    "Đông Hòa",
    "Tân Lập",
    "Phước Long",
    "Hòa Khánh",
    "Xuân Hòa",
    "Đồng Tâm",
    "Nghĩa Đô",
    "Yên Hòa",
    "Kim Liên",
    "Phú Mỹ",
    "Tam Hiệp",
    "Long Hưng",
    "An Bình",
    "Thạnh Mỹ",
]
COMPANY_TYPES = [
    "Công ty TNHH",
    "Công ty Cổ phần",
    "Công ty TNHH MTV",
    "Công ty TNHH",
    "Công ty Cổ phần",
    "Chi nhánh Công ty TNHH",
    "Hợp tác xã",
]
INDUSTRIES = [
    "May",
    "Điện tử",
    "Cơ khí",
    "Thực phẩm",
    "Xây dựng",
    "Vận tải",
    "Dược phẩm",
    "Bao bì",
    "Nhựa",
    "Gỗ",
    "Giày da",
    "Thủy sản",
    "Logistics",
    "Thép",
    "Xi măng",
    "Phần mềm",
    "Dệt",
    "Chế biến Nông sản",
    "Môi trường Đô thị",
    "Cấp nước",
    "In",
    "Linh kiện",
]
BRANDS = [
    "Việt Tiến",
    "Hoàng Long",
    "Minh Phát",
    "Thành Công",
    "An Phú",
    "Đại Dương",
    "Phương Nam",
    "Sông Hồng",
    "Trường Sơn",
    "Hòa Phát",
    "Tân Thành",
    "Bình Minh",
    "Phú Thịnh",
    "Sao Mai",
    "Hưng Thịnh",
    "Kim Long",
    "Thiên Phúc",
    "Nam Việt",
    "Đông Á",
    "Hải Hà",
    "Quang Minh",
    "Tiến Đạt",
    "Hồng Phúc",
    "Vạn Xuân",
    "Lạc Hồng",
    "Toàn Cầu",
    "Hà Thành",
    "Sài Gòn Xanh",
    "Samsung Display",
    "Foxconn",
    "Pou Yuen",
    "Canon",
    "Nidec",
    "Hansae",
    "Changshin",
]
PEOPLE = [
    "Nguyễn Du",
    "Lê Quý Đôn",
    "Trần Phú",
    "Chu Văn An",
    "Nguyễn Trãi",
    "Lý Thường Kiệt",
    "Võ Thị Sáu",
    "Kim Đồng",
    "Lê Lợi",
    "Hai Bà Trưng",
    "Nguyễn Huệ",
    "Phan Bội Châu",
    "Nguyễn Thị Minh Khai",
    "Trần Quốc Toản",
    "Lương Thế Vinh",
    "Ngô Quyền",
    "Đinh Tiên Hoàng",
]
PUBLIC_BODIES = [
    "Trường Tiểu học {p}",
    "Trường THCS {p}",
    "Trường THPT {p}",
    "Trường Mầm non {w}",
    "Bệnh viện Đa khoa {w}",
    "Trạm Y tế phường {w}",
    "Ủy ban nhân dân phường {w}",
    "Kho bạc Nhà nước khu vực {w}",
    "Chi cục Thuế khu vực {w}",
    "Bưu điện {w}",
]
SECTOR_UPPER = [
    "Công đoàn Tổng công ty {b}",
    "Công đoàn Viện {i}",
    "Công đoàn Cục {i}",
    "Công đoàn Tập đoàn {b}",
]

SIZES = {
    # grassroots total, upper-grassroots per province, per sector, sub-units
    "full": (130_000, 18, 4, 0),
    "small": (300, 3, 1, 12),
}


def slug_code(text: str) -> str:
    return "-".join(fold(text).upper().replace(",", " ").split())


def _row(code, parent, name, short, level, kind, members, order):
    return {
        "code": code,
        "parent_code": parent,
        "name": name,
        "short_name": short,
        "level": int(level),
        "kind": str(kind),
        "status": "active",
        "member_count": members,
        "sort_order": order,
        "email": "",
        "phone": "",
        "address": "",
    }


def province_code(name: str) -> str:
    return "LDLD-" + slug_code(name)


def sector_code(name: str) -> str:
    return "CDN-" + slug_code(name.replace("Công đoàn ", "").replace(" Việt Nam", ""))


def generate(size: str = "full", seed: int = 2025) -> list[dict]:
    grassroots_total, upper_per_province, upper_per_sector, sub_units = SIZES[size]
    rnd = random.Random(seed)
    rows = [
        _row(
            NATIONAL_CODE,
            "",
            "Tổng Liên đoàn Lao động Việt Nam",
            "TLĐLĐVN",
            Level.NATIONAL,
            Kind.NATIONAL_FEDERATION,
            0,
            1,
        )
    ]
    seconds: list[tuple[str, str, str]] = []  # (code, place or sector name, "p"/"s")
    for i, (name, kind) in enumerate(SECTORS, start=1):
        code = sector_code(name)
        short = name.replace("Công đoàn", "CĐ").replace(" Việt Nam", "")
        rows.append(_row(code, NATIONAL_CODE, name, short, Level.PROVINCIAL, kind, 0, i))
        seconds.append((code, name, "s"))
    for i, (place, is_city) in enumerate(PROVINCES, start=len(SECTORS) + 1):
        code = province_code(place)
        full = f"Liên đoàn Lao động {'thành phố' if is_city else 'tỉnh'} {place}"
        if place == "Hồ Chí Minh":
            full = "Liên đoàn Lao động Thành phố Hồ Chí Minh"
        rows.append(
            _row(
                code,
                NATIONAL_CODE,
                full,
                f"LĐLĐ {place}",
                Level.PROVINCIAL,
                Kind.PROVINCIAL_FEDERATION,
                0,
                i,
            )
        )
        seconds.append((code, place, "p"))

    uppers: list[tuple[str, str]] = []  # (code, place)
    counter = 0
    for code, place, what in seconds:
        count = upper_per_province if what == "p" else upper_per_sector
        for j in range(1, count + 1):
            counter += 1
            ucode = f"CT{counter:04d}"
            if what == "s":
                template = rnd.choice(SECTOR_UPPER)
                name = template.format(b=rnd.choice(BRANDS), i=rnd.choice(INDUSTRIES))
                kind, short = Kind.UPPER_GRASSROOTS, ""
                uppers.append((ucode, ""))
            elif j == 1:
                unit = "thành phố" if place in _CITIES else "tỉnh"
                name = f"Công đoàn các Khu công nghiệp {unit} {place}"
                kind, short = Kind.INDUSTRIAL_ZONE_UNION, f"CĐ các KCN {place}"
                uppers.append((ucode, place))
            else:
                ward = WARD_NAMES[(j + counter) % len(WARD_NAMES)]
                unit = "phường" if rnd.random() < 0.5 else "xã"
                name = f"Công đoàn {unit} {ward}"
                kind, short = Kind.COMMUNE_UNION, ""
                uppers.append((ucode, place))
            rows.append(_row(ucode, code, name, short, Level.UPPER_GRASSROOTS, kind, 0, j))

    # Grassroots: skewed sizes (industrial zones are the widest parents); about one in ten
    # sits directly under its province or sector union.
    weights = [rnd.lognormvariate(0, 0.7) for _ in uppers]
    for k, (_code, place) in enumerate(uppers):
        if place and rows[len(seconds) + 1 + k]["kind"] == Kind.INDUSTRIAL_ZONE_UNION:
            weights[k] *= 4
    total_weight = sum(weights)
    direct = grassroots_total // 10
    targets = [int((grassroots_total - direct) * w / total_weight) for w in weights]
    targets[0] += grassroots_total - direct - sum(targets)
    parents = [(u[0], t) for u, t in zip(uppers, targets, strict=True)]
    per_second = direct // len(seconds)
    parents += [(c, per_second) for c, _, _ in seconds]
    parents[0] = (parents[0][0], parents[0][1] + direct - per_second * len(seconds))
    n = 0
    grassroots_codes = []
    totals: dict[str, int] = {}
    for parent, count in parents:
        for order in range(1, count + 1):
            n += 1
            code = f"CS{n:06d}"
            members = int(rnd.lognormvariate(3.6, 1.0)) + 5
            rows.append(
                _row(
                    code,
                    parent,
                    "Công đoàn cơ sở " + _workplace(rnd),
                    "",
                    Level.GRASSROOTS,
                    Kind.GRASSROOTS,
                    members,
                    order,
                )
            )
            totals[parent] = totals.get(parent, 0) + members
            grassroots_codes.append(code)
    for i in range(sub_units):
        parent = grassroots_codes[i * 7 % len(grassroots_codes)]
        kind = Kind.SUB_UNIT if i % 2 == 0 else Kind.UNION_GROUP
        label = "Công đoàn bộ phận" if kind == Kind.SUB_UNIT else "Tổ công đoàn"
        rows.append(
            _row(
                f"BP{i + 1:05d}",
                parent,
                f"{label} Phân xưởng {i + 1}",
                "",
                Level.SUB_UNIT,
                kind,
                12 + i,
                i + 1,
            )
        )
    # Upper levels count the members of the grassroots below them.
    for r in reversed(rows):
        if r["level"] < Level.GRASSROOTS:
            r["member_count"] += totals.get(r["code"], 0)
            if r["parent_code"]:
                totals[r["parent_code"]] = totals.get(r["parent_code"], 0) + r["member_count"]
    return rows


_CITIES = {place for place, is_city in PROVINCES if is_city}


def _workplace(rnd: random.Random) -> str:
    if rnd.random() < 0.7:
        return f"{rnd.choice(COMPANY_TYPES)} {rnd.choice(INDUSTRIES)} {rnd.choice(BRANDS)}"
    return rnd.choice(PUBLIC_BODIES).format(p=rnd.choice(PEOPLE), w=rnd.choice(WARD_NAMES))
