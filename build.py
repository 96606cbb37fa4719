#!/usr/bin/env python3
"""sourcebook's entry point: python build.py [build|serve|check] [options]."""

import sys

from sourcebook.cli import main

if __name__ == "__main__":
    sys.exit(main())
