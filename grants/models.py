from django.conf import settings
from django.db import models


class UserGroup(models.Model):
    """Membership of an account in a group of the current schema."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    group = models.ForeignKey("auth.Group", on_delete=models.CASCADE)

    class Meta:
        unique_together = [("user", "group")]
        verbose_name = "thành viên nhóm"
        verbose_name_plural = "thành viên nhóm"

    def __str__(self):
        return f"{self.user_id} ∈ {self.group_id}"


class UserPermission(models.Model):
    """A permission granted directly to an account in the current schema."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    permission = models.ForeignKey("auth.Permission", on_delete=models.CASCADE)

    class Meta:
        unique_together = [("user", "permission")]
        verbose_name = "quyền trực tiếp"
        verbose_name_plural = "quyền trực tiếp"

    def __str__(self):
        return f"{self.user_id}: {self.permission_id}"
