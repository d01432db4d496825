"""What the training actions share: they run in the public schema, need an editor (or
higher) role on the organisation concerned or an ancestor (``hierarchy.roles``), log who did
what, and recount the training series of the people they touched (programme.training)."""

from __future__ import annotations

import logging

from accounts.roles import EDITOR
from congdoan.actions import Action
from hierarchy.roles import require_rank

logger = logging.getLogger("programme.training")


class TrainingAction(Action):
    public = True

    def require_editor(self, organization, what: str) -> None:
        require_rank(self.actor, organization, EDITOR, what)

    def log(self, message: str, *args) -> None:
        logger.info(message + " (người thực hiện %s)", *args, getattr(self.actor, "pk", None))
