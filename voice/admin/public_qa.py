"""Admin screen of public Q&A: a handler turns an answered question into a draft Q&A page.

``/admin/hoi-dap-cong-khai/<case id>/`` shows whether the asker consented, and the scrubbed
title, question and answer (editable; what is sent is scrubbed again), then runs
``PublishQA``. The draft waits in the Wagtail of the handling organisation's tenant for an
editor to publish it. A case outside the user's scope is "not found".
"""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import connection
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import path, reverse
from wagtail import hooks

from voice import access, qa
from voice.actions.base import CaseNotFound
from voice.actions.publish_qa import PublishQA
from voice.admin.misinfo import show_errors
from voice.models import Case, CaseAccess


class PublishQAForm(forms.Form):
    title = forms.CharField(label="Tiêu đề", max_length=255)
    question = forms.CharField(label="Câu hỏi (đã ẩn thông tin cá nhân)", widget=forms.Textarea)
    answer = forms.CharField(label="Trả lời", widget=forms.Textarea)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, label in (("title", "tiêu đề"), ("question", "câu hỏi"), ("answer", "trả lời")):
            self.fields[name].error_messages["required"] = f"Vui lòng nhập {label}."


def publish_qa_view(request, pk):
    try:
        case = access.case_for(request.user, pk=pk)
    except Case.DoesNotExist:
        raise Http404("Không tìm thấy vụ việc.") from None
    access.log_access(case, request.user, CaseAccess.Action.VIEW, "chuẩn bị đăng hỏi đáp")
    answer = qa.last_answer(case)
    initial = {
        "title": qa.scrubbed(case, case.title),
        "question": qa.scrubbed(case, case.body),
        "answer": qa.scrubbed(case, answer.body) if answer is not None else "",
    }
    form = PublishQAForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            page = PublishQA(case, actor=request.user, **form.cleaned_data).execute()
        except CaseNotFound:
            raise Http404("Không tìm thấy vụ việc.") from None
        except ValidationError as error:
            show_errors(form, error)

        else:
            messages.success(
                request,
                "Đã tạo bản nháp trang hỏi đáp; biên tập viên của trang sẽ duyệt và xuất bản.",
            )
            if case.qa_schema == connection.schema_name:
                return redirect("wagtailadmin_pages:edit", page.pk)
            return redirect(reverse("voice_publish_qa", args=[case.pk]))
    return render(
        request,
        "voice/misinfo/publish_qa.html",
        {
            "case": case,
            "form": form,
            "consent": qa.has_publish_consent(case),
            "page": qa.qa_page(case),
        },
    )


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("hoi-dap-cong-khai/<int:pk>/", publish_qa_view, name="voice_publish_qa")]
