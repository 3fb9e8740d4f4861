"""API keys: ``Authorization: Bearer KEY``; each key belongs to a tenant (a brand).

Keys come from ``Settings.api_keys`` (``SOCIALREPLY_API_KEYS="northwind:KEY,acme:KEY2"``
or the config file). Only SHA-256 digests are kept in memory, and a configured entry may be
a digest already (``tenant:sha256:HEX``) so that no file holds a key in clear. Lookup
compares the digest of the presented key with every known digest in constant time
(`hmac.compare_digest`), so timing does not reveal how much of a key matched.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..errors import ConfigError

_TENANT = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
_DIGEST = re.compile(r"^sha256:([0-9a-fA-F]{64})$")
MIN_KEY_LENGTH = 16


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ApiKey:
    tenant: str
    digest: bytes
    # Identifies the key in rate limiting and logs without revealing it.
    key_id: str


class ApiKeyRing:
    def __init__(self, keys: Iterable[ApiKey]) -> None:
        self._keys = tuple(keys)

    @classmethod
    def parse(cls, entries: Iterable[str]) -> ApiKeyRing:
        """Parse ``tenant:key`` / ``tenant:sha256:HEX`` entries; raise `ConfigError`."""
        keys: list[ApiKey] = []
        seen: set[bytes] = set()
        for number, entry in enumerate(entries, start=1):
            tenant, sep, secret = entry.strip().partition(":")
            if not sep or not secret:
                raise ConfigError(f"api_keys entry {number}: expected 'tenant:key'")
            if not _TENANT.match(tenant):
                raise ConfigError(
                    f"api_keys entry {number}: invalid tenant name {tenant!r} "
                    "(letters, digits, '_', '.', '-'; at most 64)"
                )
            digest_match = _DIGEST.match(secret)
            if digest_match:
                hex_digest = digest_match.group(1).lower()
            elif len(secret) < MIN_KEY_LENGTH:
                raise ConfigError(
                    f"api_keys entry {number} (tenant {tenant}): a key needs at least "
                    f"{MIN_KEY_LENGTH} characters"
                )
            else:
                hex_digest = hash_key(secret)
            digest = bytes.fromhex(hex_digest)
            if digest in seen:
                raise ConfigError(f"api_keys entry {number}: duplicate key")
            seen.add(digest)
            keys.append(ApiKey(tenant=tenant, digest=digest, key_id=hex_digest[:12]))
        return cls(keys)

    def __len__(self) -> int:
        return len(self._keys)

    def authenticate(self, presented: str) -> ApiKey | None:
        digest = hashlib.sha256(presented.encode("utf-8")).digest()
        found: ApiKey | None = None
        # No early exit: every digest is compared, whatever matches.
        for key in self._keys:
            if hmac.compare_digest(digest, key.digest):
                found = key
        return found
