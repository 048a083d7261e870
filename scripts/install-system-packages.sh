#!/usr/bin/env bash
# Debian packages the end-to-end tests and benchmarks drive: real BitTorrent clients (transmission, aria2),
# wrk, and opentracker, the C tracker the harness is validated against and the benchmark compares with.
set -euo pipefail
needed=()
command -v transmission-create >/dev/null || needed+=(transmission-cli)
command -v aria2c >/dev/null || needed+=(aria2)
command -v opentracker >/dev/null || needed+=(opentracker)
# wrk drives the bench's new-connection rows (the bench smoke test runs them).
command -v wrk >/dev/null || needed+=(wrk)
# openssl makes the certificates of the control plane's TLS test.
command -v openssl >/dev/null || needed+=(openssl)
if [ ${#needed[@]} -eq 0 ]; then echo "system packages present"; exit 0; fi
if [ "$(id -u)" -ne 0 ]; then echo "need root to install: ${needed[*]}"; exit 1; fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${needed[@]}"
