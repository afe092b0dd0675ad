#!/usr/bin/env bash
# Download, into .whl/, the wheels that the device machine (16 cores, Python 3.12 x86-64, no package
# registry) lacks to run `stancemap analyze`, so that one `run` call can install them there and
# measure the scaling curve (README, "How to measure the curve on a many-core machine").
#
# Usage (from anywhere in the checkout whose tree the device tool sends):
#   scripts/device_wheels.sh            # resolve, download, check the size; exit 1 if over budget
#   BUDGET_MIB=60 PYTHON=python3 scripts/device_wheels.sh
#
# 1. resolves stancemap's runtime dependencies (not the extras) for CPython 3.12 on manylinux x86-64
#    with `pip install --dry-run --report` (pip >= 22.2);
# 2. drops the packages the device image already holds (DEVICE_HAS below, copied from the device
#    tool's KINDS.md, "Python packages already there", image 'cuda' as read on 2026-11-17);
# 3. downloads the rest (minus DROP, a space-separated list of names; default none) with --no-deps
#    --only-binary=:all: into .whl-cache/ (emptied first), one version each, and prints their sizes;
# 4. the wheels come to about 110 MiB, mostly debug symbols in the compiled extensions (spaCy's
#    wheel unpacks to 124 MB, 16 MB stripped), so they are installed here into a staging folder
#    for CPython 3.12 (pip --target, the same flags), their .so files stripped (strip
#    --strip-unneeded; this machine and the device are both x86-64), tests/ and __pycache__/
#    removed, and packed as .whl/site.tar.xz (about 50 MiB);
# 5. prints the total of the tree that travels (tracked files, untracked files that git does not
#    ignore, and .whl/) and fails when that is over BUDGET_MIB (the tool's limit: 64 MiB for all);
# 6. adds /.whl/ and /.whl-cache/ to .git/info/exclude (.whl travels only when `carry` names it).
# On the device: mkdir -p /tmp/site && tar -xJf .whl/site.tar.xz -C /tmp/site, then
# PYTHONPATH=/tmp/site:$PWD/src (stancemap itself runs from src/).
set -euo pipefail

PY=${PYTHON:-python3}
BUDGET_MIB=${BUDGET_MIB:-64}
DROP=${DROP:-}
ROOT=$(git rev-parse --show-toplevel)
cd "$ROOT"

PLATFORMS=(--python-version 3.12 --implementation cp --only-binary=:all:
           --platform manylinux_2_28_x86_64 --platform manylinux_2_27_x86_64
           --platform manylinux_2_17_x86_64 --platform manylinux2014_x86_64 --platform manylinux1_x86_64)

# the device image's Python packages (normalised names: lower case, '-' for '_' and '.')
DEVICE_HAS="absl-py accelerate aiofiles aiohappyeyeballs aiohttp aiosignal annotated-doc anyio attrs
botorch build certifi charset-normalizer chex click cloudpickle cmake colorama contourpy coverage
cuda-bindings cuda-core cuda-pathfinder cuda-toolkit cupy-cuda13x cycler cython diffrax e3nn einops
equinox etils execnet filelock flatbuffers flax fonttools formulaic frozenlist fsspec gpytorch grpcio
h11 h5py hf-xet httpcore httpx huggingface-hub humanize hypothesis idna imageio iniconfig
interface-meta jax jax-cuda13-pjrt jax-cuda13-plugin jaxlib jaxtyping jinja2 joblib kiwisolver
lazy-loader lightning lightning-utilities linear-operator lineax llvmlite lxml markdown
markdown-it-py markupsafe matplotlib mdurl meson ml-dtypes mpi4py mpmath msgpack multidict
multipledispatch mypy-extensions nanobind narwhals networkx ninja numba numba-cuda numpy numpyro
nvidia-cublas nvidia-cuda-cupti nvidia-cuda-nvrtc nvidia-cuda-runtime nvidia-cudnn-cu13 nvidia-cufft
nvidia-cufile nvidia-curand nvidia-cusolver nvidia-cusparse nvidia-cusparselt-cu13 nvidia-ml-py
nvidia-nccl-cu13 nvidia-nvjitlink nvidia-nvshmem-cu13 nvidia-nvtx onnx onnx-ir onnxruntime
onnxscript opencv-python-headless optax opt-einsum opt-einsum-fx optimistix orbax-checkpoint
packaging pandas pathspec patsy peft pillow pip pluggy portalocker prometheus-client propcache
protobuf psutil pyarrow pybind11 py-cpuinfo pygments pyparsing pyproject-hooks pyre-extensions
pytest pytest-benchmark pytest-cov pytest-mock pytest-timeout pytest-xdist python-dateutil
pytorch-lightning pyyaml regex requests rich sacrebleu safetensors scikit-build-core scikit-image
scikit-learn scipy seaborn sentencepiece sentence-transformers setuptools shellingham simplejson
six sortedcontainers statsmodels sympy tabulate tensorboard tensorboard-data-server tensorstore
threadpoolctl tifffile tiktoken timm tokenizers toolz torch torchaudio torchdiffeq torch-geometric
torchmetrics torchvision tqdm transformers treescope triton typer typing-extensions typing-inspect
urllib3 uvloop wadler-lindig werkzeug wheel wrapt xarray xxhash yarl zipp"

"$PY" -m pip --version >/dev/null || { echo "device_wheels: $PY has no pip" >&2; exit 2; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

echo "resolving stancemap's runtime dependencies for CPython 3.12 manylinux x86-64 ..."
"$PY" -m pip install --dry-run --ignore-installed --quiet --disable-pip-version-check --report "$TMP/report.json" \
    --target "$TMP/target" "${PLATFORMS[@]}" "$ROOT" 2>"$TMP/resolve.err" \
    || { cat "$TMP/resolve.err" >&2; echo "device_wheels: resolution failed" >&2; exit 2; }

# name==version of every resolved distribution the device lacks (stancemap itself travels as src/)
DEVICE_HAS="$DEVICE_HAS" DROP="$DROP" "$PY" - "$TMP/report.json" >"$TMP/specs" <<'EOF'
import json, os, re, sys
have = set(os.environ["DEVICE_HAS"].split())
for item in json.load(open(sys.argv[1]))["install"]:
    meta = item["metadata"]
    name = re.sub(r"[-_.]+", "-", meta["name"]).lower()
    drop = {re.sub(r"[-_.]+", "-", x).lower() for x in os.environ.get("DROP", "").split()}
    if name != "stancemap" and name not in have and name not in drop:
        print(f"{meta['name']}=={meta['version']}")
EOF

rm -rf .whl .whl-cache
mkdir -p .whl .whl-cache
EXCLUDE=$(git rev-parse --git-path info/exclude)
mkdir -p "$(dirname "$EXCLUDE")"
for p in /.whl/ /.whl-cache/; do grep -qxF "$p" "$EXCLUDE" 2>/dev/null || echo "$p" >>"$EXCLUDE"; done

echo "downloading $(wc -l <"$TMP/specs") wheels the device lacks into .whl-cache/ ..."
# shellcheck disable=SC2046
"$PY" -m pip download --quiet --disable-pip-version-check --no-deps "${PLATFORMS[@]}" -d .whl-cache \
    $(cat "$TMP/specs") 2> >(grep -v "^WARNING: Location" >&2)

# one version of each (two would stop the install)
dups=$(ls .whl-cache/*.whl | sed -E 's#.*/([^-]+)-.*#\1#' | tr 'A-Z_.' 'a-z--' | sort | uniq -d)
[ -z "$dups" ] || { echo "device_wheels: more than one wheel of: $dups" >&2; exit 1; }

echo
printf '%-44s %12s\n' wheel bytes
for f in .whl-cache/*.whl; do
    n=${f#.whl-cache/}
    printf '%-44s %12s\n' "$(echo "$n" | cut -d- -f1-2)" "$(stat -c %s "$f")"
done
wheels=$(cat .whl-cache/*.whl | wc -c)

echo
echo "installing them for CPython 3.12 into a staging folder, stripping, packing .whl/site.tar.xz ..."
"$PY" -m pip install --quiet --disable-pip-version-check --no-deps --no-index --no-compile \
    --target "$TMP/site" "${PLATFORMS[@]}" .whl-cache/*.whl 2> >(grep -v -e "^WARNING: Location" -e "as the 'root' user" >&2)
find "$TMP/site" -name '*.so' -exec strip --strip-unneeded {} +
find "$TMP/site" -type d \( -name __pycache__ -o -name tests \) -prune -exec rm -rf {} +
staged=$(du -sb "$TMP/site" | cut -f1)
tar -C "$TMP/site" -cf - . | xz -T0 -6 >.whl/site.tar.xz
packed=$(stat -c %s .whl/site.tar.xz)

tree=$( (git ls-files -z; git ls-files -z -o --exclude-standard) | xargs -0 stat -c %s 2>/dev/null \
        | awk '{s+=$1} END {print s+0}')
total=$((packed + tree))
budget=$((BUDGET_MIB * 1024 * 1024))
mib() { echo "scale=1; $1 / 1048576" | bc; }
echo "$(ls .whl-cache/*.whl | wc -l) wheels: $(mib "$wheels") MiB; installed and stripped: $(mib "$staged") MiB;" \
     ".whl/site.tar.xz: $(mib "$packed") MiB"
echo "working tree that travels: $(mib "$tree") MiB; with .whl: $(mib "$total") MiB (budget $BUDGET_MIB MiB)"
if [ "$total" -gt "$budget" ]; then
    echo "device_wheels: over budget by $(( (total - budget) / 1024 )) KiB (try DROP=\"duckdb\": analyze does not use it)" >&2
    exit 1
fi
echo "ok: name .whl in the run's carry (README, 'How to measure the curve on a many-core machine')"
