# monitor/build.mk: the plinth command, build/plinth, and an ASan+UBSan
# build of it, build/asan/plinth, used by the hostile-guest tests.  Also the
# monitor's freestanding test guests (tests/monitor/) and the boot
# benchmark's peers (bench/boot/), built on demand.
MON_SRCS  := $(wildcard monitor/*.c)
MON_OBJS  := $(patsubst monitor/%.c,$(B)/monitor/%.o,$(MON_SRCS))
MON_AOBJS := $(patsubst monitor/%.c,$(B)/asan/monitor/%.o,$(MON_SRCS))
MON_ASAN  := -O1 -fsanitize=address,undefined -fno-omit-frame-pointer \
             -fno-sanitize-recover=undefined

$(B)/monitor/%.o: monitor/%.c
	@mkdir -p $(dir $@)
	$(CC) $(HOST_CFLAGS) -c $< -o $@
$(B)/asan/monitor/%.o: monitor/%.c
	@mkdir -p $(dir $@)
	$(CC) $(HOST_CFLAGS) $(MON_ASAN) -c $< -o $@

# Static: saves the dynamic loader's ~0.2 ms on every start.  And on musl,
# not glibc, where musl is installed (the partition build needs it anyway):
# a static glibc program probes the CPU at every start, and each cpuid traps
# to the hypervisor on these machines (~4-12 us), ~0.3 ms in all; musl's
# start does none (docs/performance.md, "Start-up").  zlib is Debian's
# static libz.a: plain C whose inflate needs nothing musl lacks.  The
# objects are built apart because the packer links some with glibc.
MON_MUSL := /usr/lib/x86_64-linux-musl
ifeq ($(words $(wildcard $(MON_MUSL)/libc.a /usr/lib/x86_64-linux-gnu/libz.a)),2)
MON_MOBJS := $(patsubst monitor/%.c,$(B)/monitor/musl/%.o,$(MON_SRCS))
MON_MUSL_CFLAGS := $(HOST_CFLAGS) -nostdinc -isystem /usr/include/x86_64-linux-musl \
    -isystem $(shell $(CC) -print-file-name=include) \
    -idirafter /usr/include -idirafter /usr/include/x86_64-linux-gnu
$(B)/monitor/musl/%.o: monitor/%.c
	@mkdir -p $(dir $@)
	$(CC) $(MON_MUSL_CFLAGS) -c $< -o $@
$(B)/plinth: $(MON_MOBJS)
	$(CC) -static -nostdlib -o $@ $(MON_MUSL)/crt1.o $(MON_MUSL)/crti.o $^ \
	    /usr/lib/x86_64-linux-gnu/libz.a $(MON_MUSL)/libc.a \
	    $(shell $(CC) -print-libgcc-file-name) $(MON_MUSL)/crtn.o
-include $(MON_MOBJS:.o=.d)
else
$(B)/plinth: $(MON_OBJS)
	$(CC) -static -o $@ $^ -lz -pthread
endif
$(B)/asan/plinth: $(MON_AOBJS)
	$(CC) $(MON_ASAN) -o $@ $^ -lz -pthread

ALL_TARGETS += $(B)/plinth
TEST_DEPS   += $(B)/asan/plinth

-include $(MON_OBJS:.o=.d) $(MON_AOBJS:.o=.d)

# The monitor's test guest (tests/monitor/): freestanding, linked at 2 MiB.
MON_GUEST_CFLAGS := -std=c11 -Wall -Wextra -Werror -O2 -Iinclude -ffreestanding \
    -fno-pic -fno-stack-protector -mno-red-zone -fno-asynchronous-unwind-tables \
    -fcf-protection=none -mavx -fno-builtin -fno-tree-loop-distribute-patterns
MON_GUEST_LDFLAGS := -nostdlib -static -no-pie -Wl,--build-id=none -Wl,-z,noexecstack

$(B)/tests/monitor/guest.elf: tests/monitor/guest.c tests/monitor/guest_start.S \
        tests/monitor/guest.ld include/plinth/abi.h
	@mkdir -p $(dir $@)
	$(CC) $(MON_GUEST_CFLAGS) $(MON_GUEST_LDFLAGS) -T tests/monitor/guest.ld -o $@ \
	    tests/monitor/guest_start.S tests/monitor/guest.c

TEST_DEPS += $(B)/tests/monitor/guest.elf

# The boot benchmark's guests and its floor (bench/boot/), built by
# bench/suites/boot with `make bench-boot-deps`.
$(B)/bench/boot/min.elf: bench/boot/min.S bench/boot/min.ld
	@mkdir -p $(dir $@)
	$(CC) -nostdlib -static -no-pie -Wl,--build-id=none -T bench/boot/min.ld -o $@ $<
$(B)/bench/boot/pvh.elf: bench/boot/pvh.S bench/boot/pvh.ld
	@mkdir -p $(dir $@)
	$(CC) -m32 -nostdlib -static -no-pie -Wl,--build-id=none -T bench/boot/pvh.ld -o $@ $<
$(B)/bench/boot/bare: bench/boot/bare.c
	@mkdir -p $(dir $@)
	$(CC) -std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror -O2 -static -o $@ $<

.PHONY: bench-boot-deps
bench-boot-deps: $(B)/plinth $(B)/bench/boot/min.elf $(B)/bench/boot/pvh.elf \
    $(B)/bench/boot/bare
