"""What an endpoint's URL and secret must be, checked in the admin form, in the actions and
again before every delivery (DNS is resolved at both times, so a host that later resolves to
a private address - DNS rebinding - is refused when sending, and the request goes to the very
address that was checked)."""

from __future__ import annotations

import base64
import binascii
import ipaddress
import secrets
import socket
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError

SECRET_PREFIX = "whsec_"
MIN_SECRET_BYTES = 24
MAX_SECRET_BYTES = 64


def generate_secret() -> str:
    """A new secret in the Standard Webhooks format: ``whsec_`` + base64 of 32 random bytes."""
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(32)).decode()


def validate_secret(secret: str) -> None:
    if not secret.startswith(SECRET_PREFIX):
        raise ValidationError(
            "Khóa bí mật phải có dạng whsec_ theo sau là chuỗi base64 (để trống để hệ thống "
            "tự tạo)."
        )
    try:
        raw = base64.b64decode(secret[len(SECRET_PREFIX) :], validate=True)
    except (binascii.Error, ValueError) as exc:
        raise ValidationError(
            "Khóa bí mật sau tiền tố whsec_ không phải chuỗi base64 hợp lệ."
        ) from exc
    if len(raw) < MIN_SECRET_BYTES:
        raise ValidationError(
            f"Khóa bí mật quá ngắn: {len(raw)} byte, cần ít nhất {MIN_SECRET_BYTES} byte "
            "(để trống để hệ thống tự tạo khóa 32 byte)."
        )
    if len(raw) > MAX_SECRET_BYTES:
        raise ValidationError(f"Khóa bí mật quá dài: tối đa {MAX_SECRET_BYTES} byte.")


def _allowed_networks():
    return [ipaddress.ip_network(net) for net in getattr(settings, "WEBHOOKS_ALLOWED_NETWORKS", [])]


def address_allowed(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """Public unicast addresses only, unless a network of ``WEBHOOKS_ALLOWED_NETWORKS``
    (settings; tests allow the loopback receiver) contains ``ip``."""
    if any(ip in net for net in _allowed_networks()):
        return True
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return address_allowed(ip.ipv4_mapped)
    return ip.is_global and not (ip.is_multicast or ip.is_reserved)


def split_url(url: str):
    """Parse and check the form of ``url``; returns ``(scheme, host, port)``."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as exc:
        raise ValidationError(
            "Địa chỉ nhận không phải URL hợp lệ (cổng hoặc tên máy sai)."
        ) from exc
    if parts.scheme not in ("http", "https"):
        raise ValidationError("Địa chỉ nhận phải bắt đầu bằng https:// (hoặc http://).")
    if parts.username is not None or parts.password is not None:
        raise ValidationError(
            "Địa chỉ nhận không được chứa tên đăng nhập hay mật khẩu; hãy xác minh bằng chữ ký "
            "webhook thay vì mật khẩu trong URL."
        )
    if not parts.hostname:
        raise ValidationError("Địa chỉ nhận thiếu tên máy chủ.")
    if parts.fragment:
        raise ValidationError("Địa chỉ nhận không được có phần #... ở cuối.")
    if getattr(settings, "WEBHOOKS_REQUIRE_HTTPS", False) and parts.scheme != "https":
        raise ValidationError("Địa chỉ nhận phải dùng https://.")
    return parts.scheme, parts.hostname, port or (443 if parts.scheme == "https" else 80)


def resolve(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to, each checked; raises ``ValidationError`` if the
    name does not resolve or any address is private, loopback, link-local or reserved."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise ValidationError(
            f"Không tìm thấy máy chủ {host} (tên miền không phân giải được)."
        ) from exc
    addresses = list(dict.fromkeys(info[4][0] for info in infos))
    for address in addresses:
        ip = ipaddress.ip_address(address.split("%")[0])
        if not address_allowed(ip):
            raise ValidationError(
                f"Địa chỉ nhận trỏ tới {ip}, một địa chỉ nội bộ/riêng (mạng riêng, loopback, "
                "link-local hoặc dành riêng): không được phép gửi webhook tới đó."
            )
    if not addresses:
        raise ValidationError(f"Không tìm thấy máy chủ {host}.")
    return addresses


def validate_url(url: str) -> None:
    _scheme, host, port = split_url(url)
    resolve(host, port)
