"""Admin screens of misinformation handling (Wagtail admin, any tenant host).

* ``/admin/thong-tin-sai-lech/``: the clusters of the organisations the user handles (and
  their subtrees), unanswered first, with report counts;
* ``/admin/thong-tin-sai-lech/<id>/``: one cluster, its reports (each view logged) and the
  verdict form (``RecordVerdict``);
* ``/admin/thong-tin-sai-lech/ty-le/``: the handled rate for a chosen period of each
  organisation the user handles and of its direct children; rows under the target in red.

A cluster outside the user's scope is "not found" (404), as cases are.
"""

from __future__ import annotations

import importlib.util
from functools import reduce
from operator import or_

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import path, reverse
from django.utils import timezone
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from hierarchy.models import Organization
from voice import access, misinfo
from voice.actions.record_verdict import ClusterNotFound, RecordVerdict
from voice.models import CaseAccess, Handler, MisinformationCluster, Verdict

DATE_FORMATS = ["%d/%m/%Y"]


def cluster_scope(user) -> Q | None:
    """Filter on clusters ``user`` may see (None: nothing; ``Q()``: all)."""
    if user is None or not user.is_authenticated:
        return None
    if user.is_superuser:
        return Q()
    roles = access.handler_roles(user)
    if not roles:
        return None
    return reduce(or_, (Q(organization__path__startswith=p) for p, _ in roles))


def visible_clusters(user):
    q = cluster_scope(user)
    return (
        MisinformationCluster.objects.none()
        if q is None
        else (MisinformationCluster.objects.filter(q).select_related("organization"))
    )


def home_organizations(user):
    """The organisations ``user`` handles (the tops of their scope)."""
    if user.is_superuser:
        return list(Organization.objects.filter(depth=1).order_by("path"))
    ids = Handler.objects.filter(user=user).values_list("organization_id", flat=True)
    orgs = list(Organization.objects.filter(pk__in=ids).order_by("path"))
    # An organisation inside another one's subtree is already covered.
    return [o for o in orgs if not any(o.path.startswith(p.path) and o != p for p in orgs)]


class VerdictForm(forms.Form):
    verdict = forms.ChoiceField(label="Kết luận", choices=[("", "— Chọn —"), *Verdict.choices])
    title = forms.CharField(label="Tóm tắt nội dung", max_length=255, required=False)
    explanation = forms.CharField(
        label="Giải thích kết luận (gửi cho người phản ánh)", widget=forms.Textarea, max_length=5000
    )
    response_page_id = forms.IntegerField(
        label="Bài phản bác đã xuất bản (số trang trên trang của đơn vị)",
        required=False,
        min_value=1,
    )
    create_article = forms.BooleanField(
        label="Tạo bản nháp bài viết phản bác trên trang của đơn vị", required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["verdict"].error_messages["required"] = "Vui lòng chọn kết luận."
        self.fields["explanation"].error_messages["required"] = "Vui lòng nhập giải thích."


class PeriodForm(forms.Form):
    start = forms.DateField(label="Từ ngày", input_formats=DATE_FORMATS)
    end = forms.DateField(label="Đến ngày", input_formats=DATE_FORMATS)

    def clean(self):
        data = super().clean()
        if data.get("start") and data.get("end") and data["start"] > data["end"]:
            raise ValidationError("Ngày bắt đầu phải trước ngày kết thúc.")
        return data


def show_errors(form, error: ValidationError) -> None:
    """An action's refusal on the form: on its field when the form has it, else on top."""
    if not hasattr(error, "error_dict"):
        form.add_error(None, error.messages)
        return
    for field, errors in error.message_dict.items():
        form.add_error(field if field in form.fields else None, errors)


def _require_scope(request):
    if cluster_scope(request.user) is None:
        raise Http404("Không tìm thấy.")


def cluster_index(request):
    _require_scope(request)
    clusters = visible_clusters(request.user).order_by(
        "verdict_at", "-report_count", "-first_reported_at"
    )
    status = request.GET.get("trang_thai", "")
    if status == "cho":
        clusters = clusters.filter(verdict="")
    elif status == "xong":
        clusters = clusters.exclude(verdict="")
    return render(
        request,
        "voice/misinfo/index.html",
        {"clusters": clusters[:200], "status": status},
    )


def cluster_detail(request, pk):
    _require_scope(request)
    cluster = visible_clusters(request.user).filter(pk=pk).first()
    if cluster is None:
        raise Http404("Không tìm thấy nhóm phản ánh.")
    form = VerdictForm(request.POST or None, initial={"title": cluster.title})
    if request.method == "POST" and form.is_valid():
        try:
            told = RecordVerdict(cluster, actor=request.user, **form.cleaned_data).execute()
        except ClusterNotFound:
            raise Http404("Không tìm thấy nhóm phản ánh.") from None
        except ValidationError as error:
            show_errors(form, error)
        else:
            messages.success(
                request, f"Đã ghi kết luận và thông báo cho {len(told)} người phản ánh."
            )
            return redirect("voice_misinfo_detail", pk=cluster.pk)
    reports = list(cluster.reports.order_by("received_at").prefetch_related("attachments"))
    for case in reports:
        access.log_access(case, request.user, CaseAccess.Action.VIEW, "xem nhóm phản ánh")
    return render(
        request,
        "voice/misinfo/detail.html",
        {"cluster": cluster, "reports": reports, "form": form},
    )


def handled_rates_view(request):
    _require_scope(request)
    today = timezone.localdate()
    first = today.replace(day=1)
    form = PeriodForm(
        request.GET or None,
        initial={"start": first.strftime("%d/%m/%Y"), "end": today.strftime("%d/%m/%Y")},
    )
    start, end = first, today
    if request.GET and form.is_valid():
        start, end = form.cleaned_data["start"], form.cleaned_data["end"]
    rows = []
    for home in home_organizations(request.user):
        rows.append((0, misinfo.handled_rate(home, start, end)))
        rows.extend((1, rate) for rate in misinfo.handled_rates_of_children(home, start, end))
    return render(
        request,
        "voice/misinfo/rates.html",
        {
            "form": form,
            "rows": rows,
            "start": start,
            "end": end,
            "days": misinfo.verdict_days(),
            "target": float(misinfo.target_rate() * 100),
        },
    )


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("thong-tin-sai-lech/", cluster_index, name="voice_misinfo_index"),
        path("thong-tin-sai-lech/ty-le/", handled_rates_view, name="voice_misinfo_rates"),
        path("thong-tin-sai-lech/<int:pk>/", cluster_detail, name="voice_misinfo_detail"),
    ]


class MisinfoMenuItem(MenuItem):
    def is_shown(self, request):
        return cluster_scope(request.user) is not None


def menu_item():
    return MisinfoMenuItem(
        "Thông tin sai lệch", reverse("voice_misinfo_index"), icon_name="warning", order=920
    )


# The voice submenu ("Ý kiến người lao động", voice/admin/queue.py) gathers the items of the
# voice admin modules; without it the item stands in the main menu.
hooks.register("register_voice_admin_menu_item", menu_item)
if importlib.util.find_spec("voice.admin.queue") is None:
    hooks.register("register_admin_menu_item", menu_item)
