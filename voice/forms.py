"""The public forms of the workers' voice: send an opinion, follow a case.

The form checks little itself: ``SubmitCase`` validates every input (the same rules for the
web, the API and hotline entry) and its errors are put back on these fields by name."""

from __future__ import annotations

from django import forms

from voice.actions.submit_case import SUBMITTABLE_KINDS
from voice.models import ConsentNotice, IdentityMode, Kind, Purpose

CONSENT_PURPOSES = (Purpose.HANDLE, Purpose.CONTACT, Purpose.REVEAL_IDENTITY, Purpose.PUBLISH_QA)
KIND_HELP = {
    Kind.QUESTION: "Hỏi về chính sách, pháp luật lao động, quyền lợi đoàn viên.",
    Kind.GRIEVANCE: "Phản ánh vi phạm quyền lợi, đề nghị công đoàn can thiệp.",
    Kind.OPINION: "Tâm tư, nguyện vọng, góp ý với công đoàn.",
    Kind.MISINFORMATION: "Báo tin, bài, video sai sự thật hoặc xuyên tạc về công đoàn.",
}
IDENTITY_HELP = {
    IdentityMode.IDENTIFIED: "Cán bộ xử lý biết họ tên và thông tin liên hệ của bạn.",
    IdentityMode.PSEUDONYMOUS: (
        "Bạn để lại thông tin nhưng cán bộ xử lý không thấy, trừ khi bạn đồng ý ở dưới."
    ),
    IdentityMode.ANONYMOUS: (
        "Không lưu họ tên, điện thoại, email. Bạn theo dõi bằng mã vụ việc và mã bí mật."
    ),
}


class TextField(forms.CharField):
    """A text field that keeps NUL and other control characters for ``SubmitCase`` to
    normalise (Django's CharField refuses NUL with an English message)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("strip", False)
        super().__init__(*args, **kwargs)
        self.validators = [
            v for v in self.validators if type(v).__name__ != "ProhibitNullCharactersValidator"
        ]


class IntakeForm(forms.Form):
    kind = forms.ChoiceField(
        label="Bạn muốn gửi",
        choices=[(k.value, k.label) for k in SUBMITTABLE_KINDS],
        widget=forms.RadioSelect,
        required=False,
    )
    title = TextField(label="Tiêu đề (không bắt buộc)", max_length=1000)
    body = TextField(
        label="Nội dung",
        widget=forms.Textarea(attrs={"rows": 8, "maxlength": 5000}),
    )
    link = TextField(
        label="Đường dẫn tin, bài sai lệch (nếu có)",
        max_length=2000,
        widget=forms.URLInput(attrs={"inputmode": "url", "placeholder": "https://"}),
    )
    identity_mode = forms.ChoiceField(
        label="Danh tính của bạn",
        choices=IdentityMode.choices,
        initial=IdentityMode.IDENTIFIED,
        widget=forms.RadioSelect,
        required=False,
    )
    contact_name = TextField(label="Họ và tên", max_length=1000)
    contact_phone = TextField(
        label="Số điện thoại",
        max_length=100,
        widget=forms.TextInput(attrs={"inputmode": "tel", "autocomplete": "tel"}),
    )
    contact_email = TextField(
        label="Email",
        max_length=300,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    workplace = TextField(label="Nơi làm việc (công ty, phân xưởng)", max_length=1000)
    conflict_of_interest = forms.BooleanField(
        label=(
            "Nội dung liên quan đến chính cán bộ công đoàn cơ sở (chuyển thẳng lên công đoàn "
            "cấp trên)"
        ),
        required=False,
    )
    challenge_token = forms.CharField(widget=forms.HiddenInput, required=False)
    challenge_answer = forms.CharField(
        label="Câu hỏi kiểm tra",
        required=False,
        max_length=20,
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )
    # A field people never see (hidden by CSS); scripts that fill every field fill it.
    website = forms.CharField(required=False, label="Để trống ô này")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        active = ConsentNotice.objects.filter(active=True, purpose__in=CONSENT_PURPOSES)
        self.notices = {n.purpose: n for n in active}
        for purpose in CONSENT_PURPOSES:
            notice = self.notices.get(purpose)
            # Never pre-ticked: no initial value, whatever the caller passes.
            self.fields[f"consent_{purpose}"] = forms.BooleanField(
                label=Purpose(purpose).label,
                required=False,
                initial=False,
                help_text=notice.text if notice else "",
            )
            self.fields[f"notice_version_{purpose}"] = forms.CharField(
                widget=forms.HiddenInput,
                required=False,
                initial=notice.version if notice else "",
            )

    def consent_rows(self):
        """(checkbox, notice) per purpose, for the template."""
        return [
            (self[f"consent_{p}"], self[f"notice_version_{p}"], self.notices.get(p))
            for p in CONSENT_PURPOSES
        ]

    def consents(self) -> dict:
        return {p: self.cleaned_data.get(f"consent_{p}") is True for p in CONSENT_PURPOSES}

    def notice_versions(self) -> dict:
        return {p: self.cleaned_data.get(f"notice_version_{p}") or "" for p in CONSENT_PURPOSES}

    def case_inputs(self) -> dict:
        """What ``SubmitCase`` takes from this form (the web form and hotline entry add the
        organisation, channel and who submits)."""
        data = self.cleaned_data
        return {
            "kind": data.get("kind") or "",
            "identity_mode": data.get("identity_mode") or IdentityMode.IDENTIFIED,
            "title": data.get("title", ""),
            "body": data.get("body", ""),
            "contact_name": data.get("contact_name", ""),
            "contact_phone": data.get("contact_phone", ""),
            "contact_email": data.get("contact_email", ""),
            "workplace": data.get("workplace", ""),
            "link": data.get("link", ""),
            "consents": self.consents(),
            "notice_versions": self.notice_versions(),
            "conflict_of_interest": data.get("conflict_of_interest", False),
        }


class FollowForm(forms.Form):
    code = forms.CharField(
        label="Mã vụ việc",
        max_length=40,
        widget=forms.TextInput(attrs={"autocomplete": "off", "autocapitalize": "characters"}),
    )
    secret = forms.CharField(
        label="Mã bí mật",
        max_length=60,
        widget=forms.PasswordInput(render_value=True, attrs={"autocomplete": "off"}),
    )
