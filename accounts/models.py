"""One account per person, stored once in the public schema.

Rights are not stored on the account: group memberships and direct permissions live in each
tenant's schema (see ``grants``), and roles (``tenants.TenantRole``) say which tenant an
account may work in. ``is_superuser`` is reserved for platform operators.
"""

import unicodedata

from django.contrib.auth.base_user import AbstractBaseUser, BaseUserManager
from django.contrib.auth.models import PermissionsMixin
from django.db import models
from django.utils import timezone


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("Tài khoản cần có địa chỉ email.")
        email = self.normalize_email(email).lower()
        user = self.model(email=email, **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        if not extra_fields["is_staff"] or not extra_fields["is_superuser"]:
            raise ValueError("Superuser must have is_staff=True and is_superuser=True.")
        return self._create_user(email, password, **extra_fields)

    def get_by_natural_key(self, username):
        return self.get(**{f"{self.model.USERNAME_FIELD}__iexact": username})


class User(AbstractBaseUser, PermissionsMixin):
    email = models.EmailField("email", unique=True)
    # Vietnamese names are written family name first: "Nguyễn Văn An" = last_name "Nguyễn",
    # first_name "Văn An". Kept as Django's two fields so Wagtail's user forms work unchanged.
    first_name = models.CharField("tên", max_length=150, blank=True)
    last_name = models.CharField("họ", max_length=150, blank=True)
    is_staff = models.BooleanField(
        "quản trị nền tảng",
        default=False,
        help_text="Được vào trang quản trị nền tảng (Django admin trên tên miền chung).",
    )
    is_active = models.BooleanField("đang hoạt động", default=True)
    date_joined = models.DateTimeField("ngày tạo", default=timezone.now)

    # Overrides PermissionsMixin: the link tables live in each schema (grants app).
    groups = models.ManyToManyField(
        "auth.Group",
        through="grants.UserGroup",
        blank=True,
        verbose_name="nhóm",
        related_name="user_set",
        related_query_name="user",
    )
    user_permissions = models.ManyToManyField(
        "auth.Permission",
        through="grants.UserPermission",
        blank=True,
        verbose_name="quyền",
        related_name="user_set",
        related_query_name="user",
    )

    objects = UserManager()

    EMAIL_FIELD = "email"
    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    class Meta:
        verbose_name = "tài khoản"
        verbose_name_plural = "tài khoản"

    def clean(self):
        super().clean()
        self.email = self.__class__.objects.normalize_email(self.email).lower()
        self.first_name = unicodedata.normalize("NFC", self.first_name)
        self.last_name = unicodedata.normalize("NFC", self.last_name)

    def get_full_name(self):
        return " ".join(part for part in (self.last_name, self.first_name) if part).strip()

    def get_short_name(self):
        return self.first_name or self.email

    def __str__(self):
        return self.get_full_name() or self.email
