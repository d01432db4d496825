from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from accounts.roles import Role
from hierarchy.actions import GrantRole, RevokeRole
from tenants.models import Tenant


class Command(BaseCommand):
    help = (
        "Give (or with --revoke, take away) an account's role in a tenant. For a tenant that "
        "an organisation holds, the role is granted on that organisation."
    )

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument("schema_name")
        parser.add_argument("role", choices=Role.values)
        parser.add_argument("--revoke", action="store_true")

    def handle(self, *args, email, schema_name, role, revoke=False, **options):
        user = get_user_model().objects.filter(email__iexact=email).first()
        if user is None:
            raise CommandError(f"Không có tài khoản với email {email!r}.")
        tenant = Tenant.objects.filter(schema_name=schema_name).first()
        if tenant is None:
            raise CommandError(f"Không có đơn vị với schema {schema_name!r}.")
        action = RevokeRole if revoke else GrantRole
        try:
            action(user, tenant, role).execute()
        except ValidationError as exc:
            raise CommandError("; ".join(exc.messages)) from exc
        verb = "Revoked" if revoke else "Granted"
        self.stdout.write(self.style.SUCCESS(f"{verb} {role} for {user.email} in {tenant.name}."))
