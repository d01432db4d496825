"""The demo's workers' voice: handlers on the Hà Nội branch, saved answers, members' cases
through the real actions (encrypted, routed, one answered); seeding twice adds nothing."""

from demo.tree import seed_demo_tree
from demo.voice import HANDLER_EMAIL, SUPERVISOR_EMAIL, seed_demo_voice
from tests.demo.test_demo_tree import hanoi_is_tenant_a  # noqa: F401
from voice.models import Case, Consent, Handler, SavedAnswer, Status


def test_demo_voice_seeds_cases_a_handler_can_open(hanoi_is_tenant_a, client_for):  # noqa: F811
    seed_demo_tree(verbosity=0)
    first = seed_demo_voice()
    assert first["cases"] == Case.objects.count() == 4
    assert set(Case.objects.values_list("status", flat=True)) >= {
        Status.NEW,
        Status.IN_PROGRESS,
        Status.ANSWERED,
    }
    assert Consent.objects.filter(purpose="handle").count() == 4
    assert SavedAnswer.objects.filter(is_current=True).count() == 2
    assert Handler.objects.filter(user__email__in=[HANDLER_EMAIL, SUPERVISOR_EMAIL]).count() == 2
    answered = Case.objects.get(status=Status.ANSWERED)
    assert "300%" in answered.messages.get(kind="answer").body

    again = seed_demo_voice()
    assert again["cases"] == 4 and SavedAnswer.objects.count() == 2

    handler = Handler.objects.get(user__email=HANDLER_EMAIL).user
    queue = client_for(hanoi_is_tenant_a, handler).get("/admin/y-kien/?status=all")
    assert queue.status_code == 200
    body = queue.content.decode()
    assert all(code in body for code in Case.objects.values_list("code", flat=True))
