"""Wagtail admin screens of sharing, in Vietnamese.

Every screen works for the tenant whose admin is open: issuers' screens only show shares
issued by organisations whose content lives here, receivers' screens only organisations
whose content lives here (the tenant's own, its hosted microsites and organisations hosted
by it) on which the account holds a role. Another tenant's receipts (hidden, pinned,
forked) are never read. The actions check roles again (``sharing.actions``).
"""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from accounts.roles import EDITOR
from hierarchy import picker
from hierarchy.models import Kind, Level, Organization, Status
from hierarchy.roles import effective_rank, role_paths
from sharing import reach as reach_step
from sharing import seen
from sharing.actions import (
    AcknowledgeShare,
    CorrectShare,
    DecideProposal,
    ForkShare,
    HideShare,
    MarkShareSeen,
    PinShare,
    ProposePage,
    RemindReceivers,
    RetractShare,
    SharePage,
    SyncFork,
    UnhideShare,
    UnpinShare,
)
from sharing.compliance import compliance
from sharing.forms import (
    CorrectionForm,
    DecisionForm,
    ProposeForm,
    RemindForm,
    RetractForm,
    ShareForm,
)
from sharing.inbox import TABS, filtered, items, reminders_for, tab_counts
from sharing.models import AuditEntry, Proposal, ProposalAction, ProposalStatus, Share
from sharing.permissions import active_tenant, content_org_for_page, tenant_organizations
from sharing.scope import Receiver, count_reached, reaches, receiver_by_code, receiver_for
from sharing.snapshot import diff, text_of


def _errors(request, exc) -> None:
    for message in getattr(exc, "messages", None) or [str(exc)]:
        messages.error(request, message)


def home_org(tenant) -> Organization | None:
    return Organization.objects.filter(tenant=tenant).first()


class HostedHere:
    """Which organisations have their content in ``tenant`` (one query): its own, its
    hosted microsites, and those in its subtree not below another tenant."""

    def __init__(self, tenant):
        self.tenant = tenant
        self.home = home_org(tenant)
        self.other_tenant_paths = []
        if self.home is not None:
            self.other_tenant_paths = list(
                Organization.objects.filter(path__startswith=self.home.path, tenant__isnull=False)
                .exclude(pk=self.home.pk)
                .values_list("path", flat=True)
            )

    def __contains__(self, org: Organization) -> bool:
        tenant_id = self.tenant.pk
        if org.tenant_id == tenant_id or org.microsite_host_id == tenant_id:
            return True
        if self.home is None or org.tenant_id or org.microsite_host_id:
            return False
        return org.path.startswith(self.home.path) and not any(
            org.path.startswith(p) for p in self.other_tenant_paths
        )


def _covered_q(user, field: str) -> Q:
    """Organisations (``field``) inside the account's editor-or-higher role subtrees."""
    if user.is_superuser:
        return Q()
    condition = Q(pk__in=[])
    for root in [p for p, rank in role_paths(user) if rank >= EDITOR]:
        condition |= Q(**{f"{field}path__startswith": root})
    return condition


def receiving_orgs(user, tenant) -> list[Organization]:
    """Organisations whose content lives in ``tenant`` that ``user`` acts for (editor+):
    the tenant's own, its hosted microsites, and the organisations of the account's roles
    hosted here."""
    here = HostedHere(tenant)
    if here.home is None or user is None or not user.is_authenticated:
        return []
    hosted = list(tenant_organizations(tenant).order_by("path"))
    if user.is_superuser:
        return hosted
    roots = [p for p, rank in role_paths(user) if rank >= EDITOR]
    found = {o.pk: o for o in hosted if any(o.path.startswith(p) for p in roots)}
    for org in Organization.objects.filter(path__in=roots, path__startswith=here.home.path):
        if org.pk not in found and org in here:
            found[org.pk] = org
    return sorted(found.values(), key=lambda o: o.path)


def _receiver_here(request, code: str | None) -> Receiver:
    """The organisation asked for (default: the first one the account acts for here),
    which must publish on this tenant and be covered by the account's role."""
    tenant = active_tenant()
    if not code:
        orgs = receiving_orgs(request.user, tenant)
        if not orgs:
            raise Http404("Bạn chưa có vai trò ở đơn vị nào có nội dung trên trang này.")
        code = orgs[0].code
    receiver = receiver_by_code(code)
    if receiver is None or receiver.hosting_tenant_id() != tenant.pk:
        raise Http404("Không tìm thấy đơn vị trên trang này.")
    if effective_rank(request.user, receiver.org) < EDITOR:
        raise Http404("Không tìm thấy đơn vị trong phạm vi của bạn.")
    return receiver


def _issued_share(request, pk) -> Share:
    """A share issued by an organisation whose content lives here, which the account acts
    for."""
    home = home_org(active_tenant())
    share = (
        Share.objects.select_related("issuer", "source_org", "scope_root")
        .filter(pk=pk, issuer__path__startswith=home.path if home else "~")
        .first()
    )
    if share is None or effective_rank(request.user, share.issuer) < EDITOR:
        raise Http404("Không tìm thấy nội dung chia sẻ trong phạm vi của bạn.")
    return share


def _page(request, page_id):
    from wagtail.models import Page

    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        raise Http404("Không tìm thấy trang.")
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied("Bạn không có quyền trên trang này.")
    return page.specific


def scope_lines(share: Share) -> list[str]:
    """The scope in words."""
    lines = [f"Toàn bộ {share.scope_root.name} ({share.scope_root.code}) và các đơn vị trực thuộc"]
    if share.levels:
        lines.append("Chỉ cấp: " + ", ".join(Level(v).label for v in share.levels))
    if share.kinds:
        lines.append("Chỉ loại: " + ", ".join(Kind(v).label for v in share.kinds))
    if share.under_kinds:
        lines.append("Thuộc: " + ", ".join(Kind(v).label for v in share.under_kinds))
    named = dict(
        Organization.objects.filter(pk__in=[*share.include_ids, *share.exclude_ids]).values_list(
            "pk", "code"
        )
    )
    if share.include_ids:
        lines.append("Thêm: " + ", ".join(named.get(i, str(i)) for i in share.include_ids))
    if share.exclude_ids:
        lines.append(
            "Loại trừ (cả cấp dưới): " + ", ".join(named.get(i, str(i)) for i in share.exclude_ids)
        )
    return lines


# --- Issuing ------------------------------------------------------------------------------


def _form_errors(form, exc) -> None:
    for message in getattr(exc, "messages", None) or [str(exc)]:
        form.add_error(None, message)


def picker_url(top: Organization | None) -> str:
    """The organisation picker's search restricted to ``top``'s subtree."""
    url = reverse("sharing_org_picker")
    return f"{url}?trong={top.code}" if top is not None else url


def share_page_view(request, page_id):
    """Choose the scope; then the reach step ("Nội dung này sẽ đến N đơn vị", a sample of
    receivers), validated exactly as sending would be; then "Xác nhận gửi" sends it."""
    tenant = active_tenant()
    page = _page(request, page_id)
    try:
        source = content_org_for_page(page, tenant)
    except ValidationError as exc:
        _errors(request, exc)
        return redirect("wagtailadmin_pages:edit", page.pk)
    home = home_org(tenant)
    issuers = [
        o
        for o in receiver_for(source).chain
        if home and o.path.startswith(home.path) and effective_rank(request.user, o) >= EDITOR
    ]
    form = ShareForm(
        issuers, request.POST or None, picker_url=picker_url(issuers[0] if issuers else None)
    )
    preview = None
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            action = SharePage(
                page,
                form.scope(),
                actor=request.user,
                issuer=data["issuer"],
                mandatory=data["mandatory"],
                expires_at=data["expires_at"],
            )
            action.check()
        except (ValidationError, PermissionDenied) as exc:
            _form_errors(form, exc)
        else:
            if request.POST.get("confirm") == "1" and "back" not in request.POST:
                try:
                    share = action.execute()
                except (ValidationError, PermissionDenied) as exc:
                    _form_errors(form, exc)
                else:
                    messages.success(
                        request,
                        f"Đã chia sẻ “{share.title}” tới {count_reached(share)} đơn vị.",
                    )
                    return redirect("sharing_share_detail", share.pk)
            elif "back" not in request.POST:
                preview = reach_step.reach(data["issuer"], source, form.scope())
    existing = Share.objects.filter(source_tenant=tenant, source_page_id=page.pk).select_related(
        "issuer", "scope_root"
    )
    return render(
        request,
        "sharing/share_page.html",
        {
            "page": page,
            "form": form,
            "source": source,
            "existing": existing,
            "issuers": issuers,
            "preview": preview,
            "scope_summary": _scope_summary(form) if preview else [],
        },
    )


def _scope_summary(form) -> list[str]:
    data = form.cleaned_data
    lines = [f"Gốc phạm vi: {data['scope_root'].name} ({data['scope_root'].code})"]
    if data["levels"]:
        lines.append("Chỉ cấp: " + ", ".join(Level(v).label for v in data["levels"]))
    if data["kinds"]:
        lines.append("Chỉ loại: " + ", ".join(Kind(v).label for v in data["kinds"]))
    if data["under_kinds"]:
        lines.append("Thuộc: " + ", ".join(Kind(v).label for v in data["under_kinds"]))
    if data["include"]:
        lines.append("Thêm: " + ", ".join(f"{o.name} ({o.code})" for o in data["include"]))
    if data["exclude"]:
        lines.append(
            "Loại trừ (cả cấp dưới): " + ", ".join(f"{o.name} ({o.code})" for o in data["exclude"])
        )
    lines.append("Chỉ đạo bắt buộc" if data["mandatory"] else "Tham khảo (không bắt buộc)")
    if data["expires_at"]:
        lines.append(f"Hết hạn lúc {timezone.localtime(data['expires_at']):%d/%m/%Y %H:%M}")
    return lines


def org_picker(request):
    """JSON for the organisation picker: active organisations the account may put in a
    scope here (``trong``: inside that organisation, which the account must act for)."""
    home = home_org(active_tenant())
    if home is None:
        return JsonResponse({"q": "", "results": []})
    code = request.GET.get("trong")
    if code:
        top = Organization.objects.filter(code=code, path__startswith=home.path).first()
        if top is None or effective_rank(request.user, top) < EDITOR:
            raise Http404("Không tìm thấy đơn vị trong phạm vi của bạn.")
        qs = top.subtree()
    else:
        qs = Organization.objects.filter(_covered_q(request.user, ""), path__startswith=home.path)
    return picker.json_results(request, qs.filter(status=Status.ACTIVE))


def share_detail(request, pk):
    share = _issued_share(request, pk)
    return render(
        request,
        "sharing/share_detail.html",
        {
            "share": share,
            "scope_lines": scope_lines(share),
            "reached": count_reached(share),
            "audit": AuditEntry.objects.filter(share=share)
            .select_related("organization", "actor")
            .order_by("-at", "-id")[:50],
            "retract_form": RetractForm(),
            "correction_form": CorrectionForm(initial={"text": share.correction}),
            "text": text_of(share.snapshot),
        },
    )


@require_POST
def retract_view(request, pk):
    share = _issued_share(request, pk)
    form = RetractForm(request.POST)
    if form.is_valid():
        try:
            RetractShare(share, actor=request.user, reason=form.cleaned_data["reason"]).execute()
            messages.success(request, f"Đã thu hồi “{share.title}” khỏi mọi đơn vị nhận.")
        except (ValidationError, PermissionDenied) as exc:
            _errors(request, exc)
    return redirect("sharing_share_detail", share.pk)


@require_POST
def correct_view(request, pk):
    share = _issued_share(request, pk)
    form = CorrectionForm(request.POST)
    if form.is_valid():
        try:
            CorrectShare(share, form.cleaned_data["text"], actor=request.user).execute()
            messages.success(request, "Đã gửi đính chính tới mọi đơn vị nhận.")
        except (ValidationError, PermissionDenied) as exc:
            _errors(request, exc)
    else:
        messages.error(request, "Hãy nhập nội dung đính chính.")
    return redirect("sharing_share_detail", share.pk)


def compliance_view(request, pk):
    share = _issued_share(request, pk)
    node = share.scope_root
    code = request.GET.get("node") or request.POST.get("node")
    if code:
        node = Organization.objects.filter(code=code).first()
        if node is None:
            raise Http404("Không tìm thấy đơn vị.")
    form = RemindForm(
        request.POST or None, initial={"target": node.code}, picker_url=picker_url(share.issuer)
    )
    if request.method == "POST" and form.is_valid():
        try:
            RemindReceivers(
                share,
                form.cleaned_data["target"],
                actor=request.user,
                message=form.cleaned_data["message"],
            ).execute()
            messages.success(
                request,
                f"Đã nhắc các đơn vị chưa xác nhận thuộc {form.cleaned_data['target'].name}.",
            )
            return redirect(f"{reverse('sharing_compliance', args=[share.pk])}?node={node.code}")
        except (ValidationError, PermissionDenied) as exc:
            _form_errors(form, exc)
    try:
        page_number = max(1, int(request.GET.get("p", "1")))
    except ValueError:
        page_number = 1
    limit = 50
    try:
        report = compliance(share, node, limit=limit, offset=(page_number - 1) * limit)
    except ValidationError as exc:
        raise Http404(exc.messages[0]) from exc
    return render(
        request,
        "sharing/compliance.html",
        {
            "share": share,
            "report": report,
            "form": form,
            "page_number": page_number,
            "has_more": len(report.laggards) == limit or len(report.acknowledged) == limit,
        },
    )


def outbox(request):
    tenant = active_tenant()
    home = home_org(tenant)
    shares = Share.objects.none()
    if home is not None:
        shares = Share.objects.filter(
            _covered_q(request.user, "issuer__"), issuer__path__startswith=home.path
        )
    page = Paginator(
        shares.select_related("issuer", "scope_root").order_by("-created_at", "-id"), 30
    ).get_page(request.GET.get("p"))
    return render(request, "sharing/outbox.html", {"page": page})


# --- Receiving ----------------------------------------------------------------------------


def inbox(request):
    tenant = active_tenant()
    receiver = _receiver_here(request, request.GET.get("org"))
    tab = request.GET.get("tab", "")
    if tab not in dict(TABS):
        tab = ""
    page = Paginator(filtered(receiver, tab), 30).get_page(request.GET.get("p"))
    counts = tab_counts(receiver)
    since = seen.last_opened(request.user, receiver.org)
    new_ids = set(seen.new_items(request.user, receiver).values_list("pk", flat=True))
    notices = list(seen.retraction_notices(receiver))
    seen.mark_inbox_opened(request.user, receiver.org)
    return render(
        request,
        "sharing/inbox.html",
        {
            "receiver": receiver,
            "org": receiver.org,
            "orgs": receiving_orgs(request.user, tenant),
            "tabs": [(key, label, counts[key]) for key, label in TABS],
            "tab": tab,
            "page": page,
            "items": items(receiver, page.object_list),
            "reminders": reminders_for(receiver),
            "new_ids": new_ids,
            "last_opened": since,
            "notices": notices,
        },
    )


def _received_share(receiver: Receiver, pk) -> Share:
    share = Share.objects.select_related("issuer", "source_org").filter(pk=pk).first()
    if share is None or not reaches(share, receiver, ignore_expiry=True):
        raise Http404("Nội dung này không được chia sẻ tới đơn vị.")
    return share


def _retracted_share(receiver: Receiver, pk) -> Share | None:
    """A retracted share that had reached the organisation (its notice stays readable)."""
    return (
        Share.objects.select_related("issuer", "source_org")
        .filter(seen.reached_q(receiver), pk=pk, status="retracted")
        .first()
    )


def inbox_item(request, pk):
    receiver = _receiver_here(request, request.GET.get("org"))
    retracted = _retracted_share(receiver, pk)
    if retracted is not None:
        return render(
            request,
            "sharing/inbox_retracted.html",
            {"org": receiver.org, "share": retracted},
        )
    share = _received_share(receiver, pk)
    (item,) = items(receiver, [share])
    changes = []
    if item.receipt and item.receipt.is_forked:
        changes = diff(item.receipt.fork_base, text_of(share.snapshot))
    return render(
        request,
        "sharing/inbox_item.html",
        {
            "org": receiver.org,
            "item": item,
            "share": share,
            "text": text_of(share.snapshot),
            "changes": changes,
        },
    )


RECEIVER_ACTIONS = {
    "xac-nhan": (AcknowledgeShare, "Đã xác nhận nhận chỉ đạo."),
    "an": (HideShare, "Đã ẩn nội dung khỏi trang của đơn vị."),
    "bo-an": (UnhideShare, "Đã hiện lại nội dung."),
    "ghim": (PinShare, "Đã ghim nội dung lên đầu."),
    "bo-ghim": (UnpinShare, "Đã bỏ ghim."),
    "da-xem": (MarkShareSeen, "Đã đánh dấu là đã xem."),
    "cap-nhat-bai-rieng": (SyncFork, "Đã ghi nhận bài riêng theo bản mới của cấp trên."),
}


@require_POST
def inbox_action(request, pk, action):
    code = request.POST.get("org")
    receiver = _receiver_here(request, code)
    share = _received_share(receiver, pk)
    back = f"{reverse('sharing_inbox_item', args=[share.pk])}?org={receiver.org.code}"
    try:
        if action == "tao-bai-rieng":
            page = ForkShare(share, receiver.org, actor=request.user).execute()
            messages.success(
                request, "Đã tạo bản nháp bài riêng từ nội dung được chia sẻ; hãy chỉnh sửa."
            )
            return redirect("wagtailadmin_pages:edit", page.pk)
        if action not in RECEIVER_ACTIONS:
            raise Http404
        action_class, done = RECEIVER_ACTIONS[action]
        action_class(share, receiver.org, actor=request.user).execute()
        messages.success(request, done)
    except (ValidationError, PermissionDenied) as exc:
        _errors(request, exc)
    return redirect(request.POST.get("next") or back)


# --- Proposals ----------------------------------------------------------------------------


def propose_view(request, page_id):
    tenant = active_tenant()
    page = _page(request, page_id)
    form = ProposeForm(request.POST or None)
    proposer = None
    try:
        proposer = content_org_for_page(page, tenant)
    except ValidationError as exc:
        _errors(request, exc)
        return redirect("wagtailadmin_pages:edit", page.pk)
    if request.method == "POST" and form.is_valid():
        try:
            proposal = ProposePage(
                page, actor=request.user, note=form.cleaned_data["note"]
            ).execute()
        except (ValidationError, PermissionDenied) as exc:
            for message in getattr(exc, "messages", None) or [str(exc)]:
                form.add_error(None, message)
        else:
            messages.success(
                request, f"Đã gửi đề xuất “{proposal.title}” tới {proposal.current_org.name}."
            )
            return redirect("sharing_proposals")
    return render(
        request,
        "sharing/propose.html",
        {"page": page, "form": form, "proposer": proposer},
    )


def _proposals_here(request):
    """(to decide, made here): ids of pending proposals waiting for an organisation hosted
    here that the account acts for, and of proposals made by such organisations."""
    here = HostedHere(active_tenant())
    if here.home is None:
        return [], []
    covered = _covered_q(request.user, "current_org__")
    waiting = Proposal.objects.filter(
        covered, status=ProposalStatus.PENDING, current_org__path__startswith=here.home.path
    ).select_related("current_org")[:200]
    to_decide = [p.pk for p in waiting if p.current_org in here]
    mine = Proposal.objects.filter(
        _covered_q(request.user, "proposer__"), proposer__path__startswith=here.home.path
    ).select_related("proposer")[:200]
    made = [p.pk for p in mine if p.proposer in here]
    return to_decide, made


def proposals(request):
    to_decide, made = _proposals_here(request)
    return render(
        request,
        "sharing/proposals.html",
        {
            "to_decide": Proposal.objects.filter(pk__in=to_decide)
            .select_related("proposer", "current_org")
            .order_by("-created_at"),
            "made": Proposal.objects.filter(pk__in=made)
            .select_related("proposer", "current_org")
            .order_by("-created_at"),
        },
    )


def proposal_detail(request, pk):
    to_decide, made = _proposals_here(request)
    if pk not in to_decide and pk not in made:
        raise Http404("Không tìm thấy đề xuất trong phạm vi của bạn.")
    proposal = Proposal.objects.select_related("proposer", "current_org").get(pk=pk)
    can_decide = proposal.status == ProposalStatus.PENDING and pk in to_decide
    form = DecisionForm(
        proposal.current_org, request.POST or None, picker_url=picker_url(proposal.current_org)
    )
    preview = None
    if request.method == "POST" and can_decide and form.is_valid():
        data = form.cleaned_data
        sharing_now = data["decision"] == ProposalAction.APPROVE and data["share"]
        if sharing_now and (request.POST.get("confirm") != "1" or "back" in request.POST):
            # Approving and sharing down: the reach step first, validated as sending is.
            try:
                DecideProposal(
                    proposal,
                    data["decision"],
                    actor=request.user,
                    note=data["note"],
                    scope=form.scope(),
                    mandatory=data["mandatory"],
                    expires_at=data["expires_at"],
                ).check()
            except (ValidationError, PermissionDenied) as exc:
                _form_errors(form, exc)
            else:
                if "back" not in request.POST:
                    preview = reach_step.reach(
                        proposal.current_org, proposal.proposer, form.scope()
                    )
            return _proposal_page(request, proposal, form, preview)
        try:
            _, share = DecideProposal(
                proposal,
                data["decision"],
                actor=request.user,
                note=data["note"],
                scope=form.scope() if data["share"] else None,
                mandatory=data["mandatory"],
                expires_at=data["expires_at"],
            ).execute()
        except (ValidationError, PermissionDenied) as exc:
            _form_errors(form, exc)
        else:
            messages.success(request, "Đã ghi nhận quyết định.")
            if share is not None:
                return redirect("sharing_share_detail", share.pk)
            return redirect("sharing_proposals")
    return _proposal_page(request, proposal, form if can_decide else None)


def _proposal_page(request, proposal, form, preview=None):
    return render(
        request,
        "sharing/proposal_detail.html",
        {
            "proposal": proposal,
            "steps": proposal.steps.select_related("organization", "actor"),
            "text": text_of(proposal.snapshot),
            "form": form,
            "preview": preview,
            "scope_summary": _scope_summary(form) if preview else [],
        },
    )


def pending_summary(user, tenant) -> list[dict]:
    """For the dashboard: per organisation the account acts for here, directives still to
    acknowledge and reminders received (first ten organisations)."""
    from sharing.inbox import filtered as inbox_filtered

    out = []
    for org in receiving_orgs(user, tenant)[:10]:
        receiver = receiver_for(org)
        pending = inbox_filtered(receiver, "cho-xac-nhan").count()
        reminders = reminders_for(receiver)
        if pending or reminders:
            out.append({"org": org, "pending": pending, "reminders": reminders})
    return out
