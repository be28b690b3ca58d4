#!/usr/bin/env bash
# Long fuzzing runs of gkml's Jazzer fuzz targets (docs/reliability.md). Not part of `mvn verify`,
# which runs only the committed seeds and findings and a short run of all targets together.
#
#   scripts/fuzz-long.sh                     every target in turn, FuzzRuns.LONG (10 min) each
#   scripts/fuzz-long.sh CLASS#METHOD ...    the targets named, e.g.
#                                            TableFuzzTest#xlsx_importer_fails_only_with_its_exception
#
# Jazzer fuzzes one test per JVM, so each target is one Maven run. A finding stops that run and is
# written as crash-… to the test's …Inputs directory under
# catalog-reliability/src/test/resources/io/github/gkml/reliability/; fix the library, commit the
# input (it then runs as a regression test in every build) and list the defect in
# docs/reliability.md. A run stopped by hand (Ctrl-C, a timeout) may leave a crash-… file for the
# input in flight: run the test once without JAZZER_FUZZ to see whether it fails before keeping it.
# The corpus Jazzer grows stays in catalog-reliability/.cifuzz-corpus/.
# Extra Maven options (e.g. -o for offline) come from MAVEN_ARGS.
set -euo pipefail
cd "$(dirname "$0")/.."

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(
    TextFuzzTest#deadline_parse_never_throws_and_keeps_the_text
    TextFuzzTest#legal_basis_parse_never_throws_and_keeps_every_character
    CatalogFuzzTest#json_reader_fails_only_with_its_format_exception
    CatalogFuzzTest#yaml_reader_fails_only_with_its_format_exception
    TableFuzzTest#csv_importer_fails_only_with_its_exception
    TableFuzzTest#markdown_importer_fails_only_with_its_exception
    TableFuzzTest#html_importer_fails_only_with_its_exception
    TableFuzzTest#xls_importer_fails_only_with_its_exception
    TableFuzzTest#xlsx_importer_fails_only_with_its_exception
    TableFuzzTest#docx_importer_fails_only_with_its_exception
  )
fi

status=0
for target in "${targets[@]}"; do
  echo "== fuzzing ${target}"
  # -am builds the library modules the fuzz tests need; -Dtest keeps their own tests from running.
  if ! JAZZER_FUZZ=1 mvn -B ${MAVEN_ARGS:-} test -pl catalog-reliability -am \
      -Dtest="${target}" -Dsurefire.failIfNoSpecifiedTests=false -Dfuzz.skip=true; then
    echo "== ${target}: a finding (see the test's Inputs directory)"
    status=1
  fi
done
exit ${status}
