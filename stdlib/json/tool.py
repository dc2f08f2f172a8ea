"""Validate and pretty-print JSON: python -m json.tool [infile [outfile]]."""
import sys
import json


def main():
    args = sys.argv[1:]
    if len(args) > 2:
        raise SystemExit(sys.argv[0] + " [infile [outfile]]")
    infile = open(args[0], 'rb') if args else sys.stdin
    outfile = open(args[1], 'wb') if len(args) > 1 else sys.stdout
    with infile:
        try:
            obj = json.load(infile)
        except ValueError as e:
            raise SystemExit(e)
    with outfile:
        json.dump(obj, outfile, sort_keys=True, indent=4, separators=(',', ': '))
        outfile.write('\n')


if __name__ == '__main__':
    main()
