"""Wagtail admin: training in communication ("Tập huấn truyền thông"), any tenant host.

* ``/admin/chuong-trinh/tap-huan/``: completion figures of an organisation's subtree and of
  each direct child against the targets in force (leaders of upper-grassroots unions,
  grassroots cadres);
* ``.../can-bo/``: the cadre roster of the subtree (search, pages of 50), add an entry;
  ``.../can-bo/<id>/``: correct an entry, record or undo a completion, delete a record;
* ``.../khoa-hoc/``: courses the organisation can see, create one;
* ``.../nhap/``: upload a roster or training-records spreadsheet; a refused file shows the
  table of rejected rows; ``.../mau/<can-bo|ket-qua>.xlsx``: the templates.

The organisation is this tenant's own, or another given by ``?org=<id>`` on which the account
is an editor or higher (``hierarchy.roles``); anything else is "not found". Every change goes
through an action of ``programme.actions``.
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import Q
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils import timezone
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from accounts.roles import EDITOR
from congdoan.text import normalise_code
from hierarchy.models import Organization, search_key
from hierarchy.roles import effective_rank
from programme.actions.create_course import CreateCourse
from programme.actions.delete_training_record import DeleteTrainingRecord
from programme.actions.import_records import ImportRecords
from programme.actions.import_roster import ImportRoster
from programme.actions.record_completion import RecordCompletion
from programme.actions.save_cadre import SaveCadre
from programme.figures import Period, children_totals, subtree_totals, value_of
from programme.metrics import FIRST_YEAR, INDICATORS, LAST_YEAR
from programme.models import Cadre, CadreCategory, Course, CourseMode, TrainingRecord
from programme.targets import targets_for
from programme.training import SERIES_KEYS
from programme.training_import import (
    RECORD_COLUMNS,
    ROSTER_COLUMNS,
    TEMPLATES,
    ImportRefused,
    max_bytes,
    max_rows,
    template_workbook,
    too_large,
    visible_courses,
)

DATE = {
    "input_formats": ["%d/%m/%Y"],
    "widget": forms.DateInput(format="%d/%m/%Y", attrs={"placeholder": "dd/mm/yyyy"}),
}
MENU_HOOK = "register_programme_admin_menu_item"
PER_PAGE = 50


class CadreForm(forms.Form):
    code = forms.CharField(label="Mã cán bộ", max_length=32)
    full_name = forms.CharField(label="Họ và tên", max_length=128)
    birth_date = forms.DateField(label="Ngày sinh (không bắt buộc)", required=False, **DATE)
    category = forms.ChoiceField(label="Nhóm chức danh", choices=CadreCategory.choices)
    position = forms.CharField(label="Chức vụ", max_length=128, required=False)
    active_from = forms.DateField(label="Giữ chức vụ từ ngày", **DATE)
    active_to = forms.DateField(label="Thôi giữ chức vụ từ ngày", required=False, **DATE)


class CourseForm(forms.Form):
    code = forms.CharField(label="Mã khoá học", max_length=32)
    title = forms.CharField(label="Tên khoá học", max_length=255)
    mode = forms.ChoiceField(label="Hình thức", choices=CourseMode.choices)
    starts_on = forms.DateField(label="Ngày bắt đầu", **DATE)
    ends_on = forms.DateField(label="Ngày kết thúc", **DATE)
    hours = forms.DecimalField(label="Số giờ", min_value=0.5, max_digits=6, decimal_places=1)
    communication = forms.BooleanField(
        label="Tập huấn về công tác truyền thông (tính vào chỉ tiêu)", required=False, initial=True
    )


class CompletionForm(forms.Form):
    course = forms.ModelChoiceField(label="Khoá học", queryset=Course.objects.none())
    completed = forms.BooleanField(label="Đã hoàn thành", required=False, initial=True)
    completed_on = forms.DateField(label="Ngày hoàn thành", required=False, **DATE)
    result = forms.CharField(label="Kết quả", max_length=64, required=False)

    def __init__(self, *args, organization, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["course"].queryset = visible_courses(organization).order_by("-starts_on")


class ImportForm(forms.Form):
    kind = forms.ChoiceField(
        label="Loại dữ liệu",
        choices=[("can-bo", "Danh sách cán bộ"), ("ket-qua", "Kết quả tập huấn")],
    )
    file = forms.FileField(label="Tệp Excel (.xlsx) hoặc CSV (UTF-8)")


# --- organisation and permission -------------------------------------------------------


def _home() -> Organization | None:
    tenant = getattr(connection, "tenant", None)
    if tenant is None or not getattr(tenant, "pk", None):
        return None
    return Organization.objects.filter(tenant_id=tenant.pk).first()


def _organization(request) -> Organization:
    pk = request.GET.get("org") or request.POST.get("org")
    org = None
    if pk and str(pk).isdigit():
        org = Organization.objects.filter(pk=int(pk)).first()
    elif not pk:
        org = _home()
    if org is None or effective_rank(request.user, org) < EDITOR:
        raise Http404("Không tìm thấy đơn vị trong phạm vi quản lý của bạn.")
    return org


def _url(name: str, org: Organization, *args, **params) -> str:
    query = "&".join(f"{k}={v}" for k, v in {"org": org.pk, **params}.items())
    return f"{reverse(name, args=args)}?{query}"


def _run(request, action, done: str, form: forms.Form | None = None) -> bool:
    try:
        action.execute()
    except ValidationError as exc:
        if form is not None and hasattr(exc, "error_dict"):
            for field, errors in exc.error_dict.items():
                for error in errors:
                    form.add_error(field if field in form.fields else None, error.messages[0])
        else:
            for message in exc.messages:
                messages.error(request, message)
        return False
    except PermissionDenied as exc:
        messages.error(request, str(exc))
        return False
    messages.success(request, done)
    return True


def _context(org: Organization, **extra) -> dict:
    return {"org": org, "org_q": f"org={org.pk}", **extra}


# --- figures ---------------------------------------------------------------------------

ROWS = [
    ("leaders_trained", "leaders_total", "leaders_trained"),
    ("cadres_trained", "cadres_total", "cadres_trained"),
]


def _figures(totals: dict[str, int], targets: dict | None = None) -> list[dict]:
    out = []
    for key, total_key, trained_key in ROWS:
        indicator = INDICATORS[key]
        value = value_of(indicator, totals)
        target = targets.get(key) if targets is not None else None
        out.append(
            {
                "label": indicator.label,
                "total": totals.get(total_key, 0),
                "trained": totals.get(trained_key, 0),
                "rate": value,
                "target": target.value if target else None,
                "below": target is not None and value is not None and value < target.value,
            }
        )
    return out


def figures_view(request):
    org = _organization(request)
    this_year = timezone.localdate().year
    try:
        year = int(request.GET.get("nam", this_year))
    except ValueError:
        year = this_year
    year = min(max(year, FIRST_YEAR), LAST_YEAR)
    period = Period.year(year)
    if year == this_year:
        period = Period(period.start, timezone.localdate().replace(day=1))
    keys = list(SERIES_KEYS)
    totals = subtree_totals(org, period, series=keys)
    children = list(
        Organization.objects.filter(path__startswith=org.path, depth=org.depth + 1).order_by(
            "sort_order", "name"
        )[:500]
    )
    by_child = children_totals(org, period, series=keys)
    empty = dict.fromkeys(keys, 0)
    rows = [
        {"org": child, "figures": _figures(by_child.get(child.pk, empty))} for child in children
    ]
    return render(
        request,
        "programme/training/figures.html",
        _context(
            org,
            year=year,
            years=range(FIRST_YEAR, LAST_YEAR + 1),
            period=period,
            figures=_figures(totals, targets_for(org, year)),
            rows=rows,
        ),
    )


# --- roster ----------------------------------------------------------------------------


def roster_view(request):
    org = _organization(request)
    form = CadreForm()
    if request.method == "POST":
        form = CadreForm(request.POST)
        target = org
        sub = request.POST.get("unit", "").strip()
        if sub:
            target = Organization.objects.filter(code=sub, path__startswith=org.path).first()
            if target is None:
                form.add_error(None, f"Không có đơn vị mã «{sub}» trực thuộc {org.name}.")
        if form.is_valid() and _run(
            request,
            SaveCadre(organization=target, actor=request.user, **form.cleaned_data),
            "Đã thêm cán bộ vào danh sách.",
            form,
        ):
            return redirect(_url("programme_training_roster", org))
    cadres = (
        Cadre.objects.filter(organization__path__startswith=org.path)
        .select_related("organization")
        .order_by("organization__path", "full_name", "pk")
    )
    query = request.GET.get("q", "").strip()
    if query:
        cadres = cadres.filter(
            Q(search_key__contains=search_key(query)) | Q(code__contains=normalise_code(query))
        )
    if request.GET.get("dang_giu") == "1":
        today = timezone.localdate()
        cadres = cadres.filter(Q(active_to__isnull=True) | Q(active_to__gt=today))
    page = Paginator(cadres, PER_PAGE).get_page(request.GET.get("p"))
    return render(
        request,
        "programme/training/roster.html",
        _context(org, page=page, form=form, query=query, today=timezone.localdate()),
    )


def cadre_view(request, pk: int):
    org = _organization(request)
    cadre = (
        Cadre.objects.filter(pk=pk, organization__path__startswith=org.path)
        .select_related("organization")
        .first()
    )
    if cadre is None:
        raise Http404("Không tìm thấy cán bộ.")
    initial = {
        f: getattr(cadre, f)
        for f in (
            "code",
            "full_name",
            "birth_date",
            "category",
            "position",
            "active_from",
            "active_to",
        )
    }
    form = CadreForm(initial=initial)
    completion = CompletionForm(organization=cadre.organization)
    back = _url("programme_training_cadre", org, cadre.pk)
    if request.method == "POST":
        op = request.POST.get("op")
        if op == "save":
            form = CadreForm(request.POST)
            if form.is_valid() and _run(
                request,
                SaveCadre(cadre=cadre, actor=request.user, **form.cleaned_data),
                "Đã lưu thông tin cán bộ.",
                form,
            ):
                return redirect(back)
        elif op == "record":
            completion = CompletionForm(request.POST, organization=cadre.organization)
            if completion.is_valid():
                data = completion.cleaned_data
                if _run(
                    request,
                    RecordCompletion(
                        cadre,
                        data["course"],
                        completed=data["completed"],
                        completed_on=data["completed_on"],
                        result=data["result"],
                        actor=request.user,
                    ),
                    "Đã ghi kết quả tập huấn.",
                    completion,
                ):
                    return redirect(back)
        elif op == "delete_record":
            record = TrainingRecord.objects.filter(
                cadre=cadre, pk=request.POST.get("record")
            ).first()
            if record is not None:
                _run(request, DeleteTrainingRecord(record, actor=request.user), "Đã xoá kết quả.")
            return redirect(back)
    records = cadre.training_records.select_related("course").order_by("-course__starts_on")
    return render(
        request,
        "programme/training/cadre.html",
        _context(org, cadre=cadre, form=form, completion=completion, records=records),
    )


# --- courses ---------------------------------------------------------------------------


def courses_view(request):
    org = _organization(request)
    form = CourseForm()
    if request.method == "POST":
        form = CourseForm(request.POST)
        if form.is_valid() and _run(
            request,
            CreateCourse(org, actor=request.user, **form.cleaned_data),
            "Đã tạo khoá tập huấn.",
            form,
        ):
            return redirect(_url("programme_training_courses", org))
    courses = visible_courses(org).select_related("organizer").order_by("-starts_on", "code")
    page = Paginator(courses, PER_PAGE).get_page(request.GET.get("p"))
    return render(request, "programme/training/courses.html", _context(org, page=page, form=form))


# --- import ----------------------------------------------------------------------------


def import_view(request):
    org = _organization(request)
    form = ImportForm(initial={"kind": request.GET.get("loai", "can-bo")})
    refusal = None
    if request.method == "POST":
        form = ImportForm(request.POST, request.FILES)
        if form.is_valid():
            upload = form.cleaned_data["file"]
            kind = form.cleaned_data["kind"]
            action_class = ImportRoster if kind == "can-bo" else ImportRecords
            try:
                if upload.size > max_bytes():
                    raise too_large(upload.size)  # refused without reading it
                created = action_class(
                    org, upload.read(), upload.name, actor=request.user
                ).execute()
            except ImportRefused as exc:
                refusal = {"message": exc.message, "rejected": exc.rejected, "file": upload.name}
            except PermissionDenied as exc:
                messages.error(request, str(exc))
            else:
                what = "cán bộ" if kind == "can-bo" else "kết quả tập huấn"
                messages.success(request, f"Đã nhập {len(created)} {what} từ tệp «{upload.name}».")
                return redirect(_url("programme_training_import", org, loai=kind))
    return render(
        request,
        "programme/training/import.html",
        _context(
            org,
            form=form,
            refusal=refusal,
            roster_columns=ROSTER_COLUMNS,
            record_columns=RECORD_COLUMNS,
            max_rows=max_rows(),
            max_mb=f"{max_bytes() / 1024 / 1024:.0f}",
        ),
    )


def template_view(request, kind: str):
    if kind not in TEMPLATES:
        raise Http404("Không có tệp mẫu này.")
    _organization(request)
    response = HttpResponse(
        template_workbook(kind),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = f'attachment; filename="{TEMPLATES[kind].filename}"'
    return response


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("chuong-trinh/tap-huan/", figures_view, name="programme_training"),
        path("chuong-trinh/tap-huan/can-bo/", roster_view, name="programme_training_roster"),
        path("chuong-trinh/tap-huan/can-bo/<int:pk>/", cadre_view, name="programme_training_cadre"),
        path("chuong-trinh/tap-huan/khoa-hoc/", courses_view, name="programme_training_courses"),
        path("chuong-trinh/tap-huan/nhap/", import_view, name="programme_training_import"),
        path(
            "chuong-trinh/tap-huan/mau/<str:kind>.xlsx",
            template_view,
            name="programme_training_template",
        ),
    ]


class TrainingMenuItem(MenuItem):
    def is_shown(self, request):
        home = _home()
        return home is not None and effective_rank(request.user, home) >= EDITOR


@hooks.register(MENU_HOOK)
def register_menu_item():
    return TrainingMenuItem(
        "Tập huấn truyền thông", reverse("programme_training"), icon_name="group", order=400
    )
