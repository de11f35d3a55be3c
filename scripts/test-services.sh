#!/usr/bin/env bash
# Installs and starts what the test suite needs beyond Python packages. Idempotent.
set -euo pipefail
echo "test services: none needed yet"
