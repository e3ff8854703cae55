"""The `vanban` command: extract, ingest, query, export, serve."""

from __future__ import annotations

import argparse
import json
import sys

from loaders.errors import VanbanError


def _err(msg: str) -> None:
    print(f"vanban: {msg}", file=sys.stderr)


def cmd_extract(args: argparse.Namespace) -> int:
    from loaders import extract_file

    status = 0
    for path in args.paths:
        try:
            rec = extract_file(path)
        except VanbanError as e:
            _err(str(e))
            status = 1
            continue
        if args.json:
            print(json.dumps(rec.to_dict(), ensure_ascii=False, indent=2))
        else:
            _print_summary(rec)
    return status


def _print_summary(rec) -> None:  # noqa: ANN001
    print(rec.source)
    for d in rec.documents:
        print(f"  {d.number or '(không số)'}  {d.type or '?'}  {d.issuer or '?'}  {d.date or '?'}")
        print(f"    {d.title or ''}")
        for r in d.references:
            print(f"    -> {r.relation:15s} {r.number:22s} {r.issuer or '?'}  {r.date or '?'}"
                  + (f"  [{', '.join(r.flags)}]" if r.flags else ""))
        for a in d.assignments:
            print(f"    => {a.body}" + ("  (phải ban hành kế hoạch)" if a.requires_plan else ""))


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="vanban", description="Vanban Graph: a knowledge graph of Vietnamese "
                                "directives, decisions and plans.")
    sub = p.add_subparsers(dest="command", required=True)
    e = sub.add_parser("extract", help="extract the records of one or more files")
    e.add_argument("paths", nargs="+")
    e.add_argument("--json", action="store_true", help="print the records as JSON")
    e.set_defaults(func=cmd_extract)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except VanbanError as e:
        _err(str(e))
        return 1
    except KeyboardInterrupt:
        _err("interrupted")
        return 130


if __name__ == "__main__":
    sys.exit(main())
