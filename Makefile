# The commands a newcomer types. `make run` and `make test` install what is missing (apt-get,
# sudo when not root), fetch and check the pinned SQLCipher sources, configure and build.
.DEFAULT_GOAL := help
SHELL := /bin/bash

BUILD      ?= build
ASAN_BUILD ?= build-asan
JOBS       ?= $(shell nproc)
WERROR     := $(if $(CI),ON,OFF)
CMAKE_ARGS ?=

.PHONY: help deps configure build run demo test test-asan bench package format clean

help:
	@echo "make run        install, build and start bhu-clinic on a demo facility database"
	@echo "make test       install, build and run every test (ctest)"
	@echo "make test-asan  build with AddressSanitizer+UBSan and run the unit tests"
	@echo "make bench      build and run the benchmarks"
	@echo "make package    build the Debian packages bhu-clinic and bhu-registry (docs/installing.md)"

deps:
	@bash scripts/install-deps.sh

configure: deps
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBHU_WERROR=$(WERROR) $(CMAKE_ARGS)

build: configure
	cmake --build $(BUILD) -j $(JOBS)

demo: build
	@bash scripts/demo.sh $(BUILD) --create-only

run: build
	@bash scripts/demo.sh $(BUILD)

test: build
	cd $(BUILD) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS)

test-asan: deps
	cmake -S . -B $(ASAN_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DBHU_WITH_ASAN=ON -DBHU_WERROR=$(WERROR) -DBHU_WITH_BENCH=OFF $(CMAKE_ARGS)
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	cd $(ASAN_BUILD) && QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
	  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 ctest --output-on-failure -j $(JOBS) -L unit

bench: build
	@bash scripts/bench.sh $(BUILD)

package: build
	cd $(BUILD) && cpack -G DEB

format:
	git ls-files '*.cpp' '*.h' | xargs clang-format -i

clean:
	rm -rf $(BUILD) $(ASAN_BUILD)
