#!/usr/bin/env python3
"""Independent checker for the ledger's proof documents (docs/verification.md).

Uses nothing of the ledger's code: Python's hashlib for SHA-256 and the `openssl` command
for Ed25519. Usage:

    python3 verify_proof.py PROOF.json [--key PINNED.pem ...]

Exits 0 when every check holds, 1 otherwise, printing one line per check.
"""
import base64
import hashlib
import json
import os
import subprocess
import sys
import tempfile


def sha256(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def leaf_hash(event_hash_hex: str) -> bytes:
    return sha256(b"\x00" + bytes.fromhex(event_hash_hex))


def node_hash(left: bytes, right: bytes) -> bytes:
    return sha256(b"\x01" + left + right)


def verify_inclusion(leaf: bytes, index: int, size: int, path: list, root: bytes) -> bool:
    """RFC 9162 section 2.1.3.2."""
    if index >= size:
        return False
    fn, sn, r = index, size - 1, leaf
    for p in path:
        if sn == 0:
            return False
        if fn % 2 == 1 or fn == sn:
            r = node_hash(p, r)
            while fn % 2 == 0 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1
        sn >>= 1
    return sn == 0 and r == root


def verify_consistency(size1: int, size2: int, proof: list, root1: bytes, root2: bytes) -> bool:
    """RFC 9162 section 2.1.4.2."""
    if size1 > size2:
        return False
    if size1 == size2:
        return not proof and root1 == root2
    if size1 == 0:
        return not proof
    path = list(proof)
    if size1 & (size1 - 1) == 0:
        path = [root1] + path
    if not path:
        return False
    fn, sn = size1 - 1, size2 - 1
    while fn % 2 == 1:
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            return False
        if fn % 2 == 1 or fn == sn:
            fr = node_hash(c, fr)
            sr = node_hash(c, sr)
            while fn % 2 == 0 and fn != 0:
                fn >>= 1
                sn >>= 1
        else:
            sr = node_hash(sr, c)
        fn >>= 1
        sn >>= 1
    return sn == 0 and fr == root1 and sr == root2


def canonical(value) -> bytes:
    # RFC 8785 for the ledger's checkpoint bodies and typical events (strings, integers,
    # booleans, null): sorted keys, no whitespace, UTF-8. Non-integer numbers would need
    # the full RFC 8785 number formatting.
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def key_id(pem: str) -> str:
    der = subprocess.run(["openssl", "pkey", "-pubin", "-outform", "DER"], input=pem.encode(), capture_output=True, check=True).stdout
    return hashlib.sha256(der).hexdigest()[:16]


def signature_valid(checkpoint: dict, pem: str) -> bool:
    body = {k: checkpoint[k] for k in ("treeSize", "root", "timestamp", "keyId")}
    with tempfile.TemporaryDirectory() as tmp:
        files = {"msg": canonical(body), "sig": base64.b64decode(checkpoint["signature"]), "key.pem": pem.encode()}
        for name, data in files.items():
            with open(os.path.join(tmp, name), "wb") as f:
                f.write(data)
        result = subprocess.run(
            ["openssl", "pkeyutl", "-verify", "-pubin", "-inkey", os.path.join(tmp, "key.pem"), "-rawin",
             "-in", os.path.join(tmp, "msg"), "-sigfile", os.path.join(tmp, "sig")],
            capture_output=True,
        )
        return result.returncode == 0


def main() -> int:
    args = sys.argv[1:]
    pinned = [open(args[i + 1]).read() for i, a in enumerate(args) if a == "--key"]
    with open(args[0]) as f:
        doc = json.load(f)
    checks = []
    keys = {key_id(pem): pem for pem in pinned} if pinned else None

    def signed(cp: dict, given: str):
        pem = keys.get(cp["keyId"]) if keys is not None else given
        checks.append((f"checkpoint of {cp['treeSize']}: key {cp['keyId']}", bool(pem) and key_id(pem) == cp["keyId"]))
        checks.append((f"checkpoint of {cp['treeSize']}: Ed25519 signature", bool(pem) and signature_valid(cp, pem)))

    if doc["kind"] == "checkpoint":
        signed(doc, doc["publicKey"])
    elif doc["kind"] == "inclusion":
        if "event" in doc:
            ev = doc["event"]
            fields = {k: ev[k] for k in ("id", "stream", "revision", "type", "schema", "data", "meta", "prevHash")}
            checks.append(("event hash", hashlib.sha256(canonical(fields)).hexdigest() == doc["eventHash"]))
        leaf = leaf_hash(doc["eventHash"])
        checks.append(("leaf hash", leaf.hex() == doc["leafHash"]))
        cp = doc["checkpoint"]
        path = [bytes.fromhex(h) for h in doc["auditPath"]]
        checks.append(("same tree size", cp["treeSize"] == doc["treeSize"]))
        checks.append(("audit path", verify_inclusion(leaf, doc["leafIndex"], doc["treeSize"], path, bytes.fromhex(cp["root"]))))
        signed(cp, doc["publicKey"])
    elif doc["kind"] == "consistency":
        a, b = doc["from"], doc["to"]
        proof = [bytes.fromhex(h) for h in doc["proof"]]
        checks.append(("same tree sizes", a["treeSize"] == doc["fromSize"] and b["treeSize"] == doc["toSize"]))
        checks.append(("consistency", verify_consistency(doc["fromSize"], doc["toSize"], proof, bytes.fromhex(a["root"]), bytes.fromhex(b["root"]))))
        signed(a, doc["publicKeys"].get(a["keyId"], ""))
        signed(b, doc["publicKeys"].get(b["keyId"], ""))
    else:
        checks.append(("known kind", False))
    for what, ok in checks:
        print(("ok   " if ok else "FAIL ") + what)
    failed = sum(1 for _, ok in checks if not ok)
    print("OK" if failed == 0 else f"{failed} check(s) failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
