#!/usr/bin/env bash
# Adds an EF Core migration named $1 to every module DbContext, once per provider (Sqlite, Postgres, SqlServer).
# Usage: scripts/add-migration.sh AddReturns [Context ...]   (default: every context)
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/add-migration.sh MigrationName [Context ...]}
shift || true
# context -> project folder
declare -A projects=(
  [PlatformDbContext]=src/Host/Commerce.Host
  [InventoryDbContext]=src/Modules/Inventory/Commerce.Inventory
  [OrdersDbContext]=src/Modules/Orders/Commerce.Orders
  [WarehouseDbContext]=src/Modules/Warehouse/Commerce.Warehouse
  [ShippingDbContext]=src/Modules/Shipping/Commerce.Shipping
  [StorefrontsDbContext]=src/Modules/Storefronts/Commerce.Storefronts
)
dirs_for() { if [ "$1" = PlatformDbContext ]; then echo Platform/Migrations; else echo Data/Migrations; fi; }
contexts=("$@")
[ ${#contexts[@]} -gt 0 ] || contexts=("${!projects[@]}")
dotnet tool restore >/dev/null
dotnet build src/Host/Commerce.Host -v q -nologo | grep -E "error|rror(s)" || true
for context in "${contexts[@]}"; do
  project=${projects[$context]}
  for provider in Sqlite Postgres SqlServer; do
    echo "== $context / $provider"
    # dotnet ef updates the first file named <Context>ModelSnapshot.cs it finds in the project, whatever its folder:
    # hide the other providers' snapshots while this one is written.
    hidden=()
    while IFS= read -r snapshot; do
      mv "$snapshot" "$snapshot.hidden" && hidden+=("$snapshot")
    done < <(find "$project/$(dirs_for "$context")" -name "${context}ModelSnapshot.cs" -not -path "*/$provider/*" 2>/dev/null)
    COMMERCE_EF_PROVIDER=$provider dotnet ef migrations add "$name" \
      --project "$project" --startup-project src/Host/Commerce.Host --context "$context" \
      --output-dir "$(dirs_for "$context")/$provider" || status=$?
    for snapshot in "${hidden[@]}"; do mv "$snapshot.hidden" "$snapshot"; done
    [ "${status:-0}" -eq 0 ] || exit "$status"
  done
done
