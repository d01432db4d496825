"""The dead-letter view of the Wagtail admin, for platform operators (superusers): jobs of
every tenant by status, task and tenant, each with its last error, and "Chạy lại"."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Count, Max, OuterRef, Subquery
from django.db.models.fields.json import KT
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST
from procrastinate.contrib.django.models import ProcrastinateEvent, ProcrastinateJob

from jobs.actions.replay import ReplayJobs
from jobs.core import TENANT_KEY
from jobs.models import JobFailure

STATUS_LABELS = {
    "failed": "Lỗi (không thử lại nữa)",
    "todo": "Đang chờ",
    "doing": "Đang chạy",
    "succeeded": "Thành công",
    "cancelled": "Đã hủy",
    "aborted": "Bị dừng",
}


EVENT_LABELS = {
    "deferred": "Đưa vào hàng đợi",
    "scheduled": "Hẹn giờ chạy",
    "started": "Bắt đầu chạy",
    "deferred_for_retry": "Hẹn chạy lại",
    "failed": "Lỗi",
    "succeeded": "Thành công",
    "cancelled": "Đã hủy",
    "abort_requested": "Yêu cầu dừng",
    "aborted": "Bị dừng",
}


class JobFilterForm(forms.Form):
    status = forms.ChoiceField(
        label="Trạng thái", choices=list(STATUS_LABELS.items()), required=False
    )
    task = forms.CharField(label="Công việc", required=False)
    tenant = forms.CharField(label="Đơn vị (schema)", required=False)
    q = forms.CharField(label="Lỗi có chứa", required=False)


def _operator(request):
    if not request.user.is_superuser:
        raise PermissionDenied("Chỉ quản trị viên nền tảng được xem hàng đợi công việc.")


def job_index(request):
    _operator(request)
    form = JobFilterForm(request.GET or None)
    status = "failed"
    last_error = JobFailure.objects.filter(job_id=OuterRef("pk")).order_by("-created_at", "-id")
    qs = ProcrastinateJob.objects.annotate(
        last_error=Subquery(last_error.values("error")[:1]),
        last_at=Max("procrastinateevent__at"),
        tenant=KT(f"args__{TENANT_KEY}"),
    )
    if form.is_valid():
        data = form.cleaned_data
        status = data["status"] or status
        if data["task"]:
            qs = qs.filter(task_name__icontains=data["task"].strip())
        if data["tenant"]:
            qs = qs.filter(**{f"args__{TENANT_KEY}": data["tenant"].strip()})
        if data["q"]:
            qs = qs.filter(
                pk__in=JobFailure.objects.filter(error__icontains=data["q"]).values("job_id")
            )
    qs = qs.filter(status=status).order_by("-id")
    page = Paginator(qs, 50).get_page(request.GET.get("p"))
    counts = dict(ProcrastinateJob.objects.order_by().values_list("status").annotate(n=Count("id")))
    query = request.GET.copy()
    query.pop("p", None)
    return render(
        request,
        "jobs/index.html",
        {
            "form": form,
            "page": page,
            "status": status,
            "status_label": STATUS_LABELS[status],
            "total": page.paginator.count,
            "query": query.urlencode(),
            "counts": [(key, label, counts.get(key, 0)) for key, label in STATUS_LABELS.items()],
        },
    )


def job_detail(request, pk):
    _operator(request)
    job = ProcrastinateJob.objects.filter(pk=pk).first()
    failures = JobFailure.objects.filter(job_id=pk)
    events = [
        (event.at, EVENT_LABELS.get(event.type, event.type))
        for event in ProcrastinateEvent.objects.filter(job_id=pk).order_by("at", "id")
    ]
    return render(
        request,
        "jobs/detail.html",
        {
            "job": job,
            "job_id": pk,
            "title": f"Công việc #{pk}",
            "tenant": (job.args or {}).get(TENANT_KEY) if job else None,
            "status_label": STATUS_LABELS.get(job.status, job.status) if job else "",
            "failures": failures,
            "events": events,
        },
    )


@require_POST
def job_replay(request):
    _operator(request)
    ids = request.POST.getlist("job")
    try:
        count = ReplayJobs(job_ids=[i for i in ids if i.isdigit()], actor=request.user).execute()
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    else:
        messages.success(request, f"Đã đưa {count} công việc trở lại hàng đợi để chạy lại.")
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = "jobs_index"
    return redirect(target or "jobs_index")
