# matome - top-level entry points.  Meson does the real work; this file only
# names the builds:
#   build/        release-ish build (debugoptimized)   make, make demo
#   build-asan/   AddressSanitizer + UBSan             make test
#   build-fuzz/   clang + libFuzzer                     make fuzz, make test
#   build-bench/  optimised build for benchmarks        make bench

MESON ?= meson
FUZZ_SECONDS ?= 30
SMOKE_RUNS ?= 2000

.PHONY: all bootstrap demo test test-unit fuzz fuzz-smoke bench install \
        format format-check lint clean

all: bootstrap build/build.ninja
	$(MESON) compile -C build

bootstrap:
	@scripts/bootstrap

build/build.ninja:
	$(MESON) setup build

build-asan/build.ninja:
	$(MESON) setup build-asan -Db_sanitize=address,undefined \
	    -Db_lundef=false -Dbuildtype=debug -Dbench=false

build-fuzz/build.ninja:
	CC=clang $(MESON) setup build-fuzz -Dfuzz=true -Dbench=false \
	    -Db_sanitize=address,undefined -Db_lundef=false

build-bench/build.ninja:
	$(MESON) setup build-bench -Dbuildtype=release

demo: all
	@scripts/demo

test: bootstrap build-asan/build.ninja build-fuzz/build.ninja
	$(MESON) compile -C build-asan
	$(MESON) test -C build-asan --print-errorlogs
	$(MESON) compile -C build-fuzz
	scripts/fuzz-smoke build-fuzz $(SMOKE_RUNS)
	scripts/lint
	@echo "make test: fuzz smoke runs and lint passed"
	@scripts/test-summary build-asan

fuzz: bootstrap build-fuzz/build.ninja
	$(MESON) compile -C build-fuzz
	scripts/fuzz-run build-fuzz $(FUZZ_SECONDS)

bench: bootstrap build-bench/build.ninja
	$(MESON) compile -C build-bench
	scripts/bench build-bench

install: all
	$(MESON) install -C build

format:
	clang-format -i $$(git ls-files '*.c' '*.h')

format-check:
	clang-format --dry-run -Werror $$(git ls-files '*.c' '*.h')

lint:
	scripts/lint

clean:
	rm -rf build build-asan build-fuzz build-bench
