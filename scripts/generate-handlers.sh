#!/usr/bin/env bash
# Regenerates the Wolverine handler code the host compiles in (src/Host/Commerce.Host/Internal/Generated). Run it after
# adding or changing a message handler or its middleware; a test fails while the committed code is stale.
# The old code is removed first: code for a handler whose signature changed would not compile.
set -euo pipefail
cd "$(dirname "$0")/../src/Host/Commerce.Host"
rm -rf Internal/Generated
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
ConnectionStrings__Commerce="Data Source=$scratch/commerce.db" Logging__LogLevel__Default=Warning \
  dotnet run -- codegen write | grep -c "Wrote generated code file" | xargs -I{} echo "wrote {} files to $(pwd)/Internal/Generated"
