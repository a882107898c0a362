# kernel/build.mk: the thin layer every partition image is built on.
#
# Builds, under $(B)/kernel/:
#   sv.o           the ring-0 supervisor (sections renamed .sv.*, placed in
#                  [1 MiB, 2 MiB) by the linker script)
#   libplinthk.a   the ring-3 runtime (k_* modules)
#   image.ld       the linker script (kernel/image.ld.S through cpp)
# and gives other parts what they need to link an image:
#   GUEST_CFLAGS          compile flags for ring-3 guest C (musl headers)
#   KERNEL_IMAGE_DEPS     prerequisites of an image
#   $(call kernel_link,OBJS[,LDFLAGS])   recipe line: links $@ from OBJS,
#                         the layer and libc; e.g. LDFLAGS
#                         -Wl,--defsym,k_stack_size=0x400000 for a 4 MiB
#                         ring-3 stack (1 MiB by default; LDFLAGS go
#                         before the script, which tests DEFINED())
# e.g.  $(B)/x.elf: $(B)/x.o $(KERNEL_IMAGE_DEPS)
#           $(call kernel_link,$<)

KERNEL_MUSL_INC := /usr/include/x86_64-linux-musl
KERNEL_MUSL_LIB := /usr/lib/x86_64-linux-musl
KERNEL_GCC_INC  := $(shell $(CC) -print-file-name=include)
KERNEL_LIBGCC   := $(shell $(CC) -print-libgcc-file-name)

GUEST_CFLAGS := $(CFLAGS_COMMON) -D_GNU_SOURCE -Ikernel -MMD -MP \
    -nostdinc -isystem $(KERNEL_MUSL_INC) -isystem $(KERNEL_GCC_INC) \
    -fno-pic -fno-pie -fno-stack-protector \
    -fno-asynchronous-unwind-tables -fno-unwind-tables
# Ring 0: no libc, no SSE, no red zone (faults push onto the same stack).
KERNEL_SV_CFLAGS := $(GUEST_CFLAGS) -ffreestanding -fno-builtin \
    -fno-tree-loop-distribute-patterns -mno-red-zone -mgeneral-regs-only

KERNEL_RT_SRCS := $(wildcard kernel/k_*.c kernel/k_*.S)
KERNEL_RT_OBJS := $(patsubst kernel/%,$(B)/kernel/%.o,$(KERNEL_RT_SRCS))
# The only ring-3 symbols ring 0 may reference.
KERNEL_SV_EXTERNS := k_start k_stack_top k_stack_guard k_sc_lstar

KERNEL_IMAGE_DEPS := $(B)/kernel/sv.o $(B)/kernel/libplinthk.a $(B)/kernel/image.ld

kernel_link = $(CC) -nostdlib -static -no-pie $(2) \
    -Wl,-T,$(B)/kernel/image.ld -Wl,-z,max-page-size=4096 \
    -Wl,-z,noexecstack -Wl,--build-id=none -Wl,--no-warn-rwx-segments \
    -o $@ $(B)/kernel/sv.o $(filter-out $(KERNEL_IMAGE_DEPS),$(1)) \
    -Wl,--start-group $(B)/kernel/libplinthk.a $(KERNEL_MUSL_LIB)/libc.a \
    $(KERNEL_LIBGCC) -Wl,--end-group

$(B)/kernel/k_%.c.o: kernel/k_%.c
	@mkdir -p $(dir $@)
	$(CC) $(GUEST_CFLAGS) -c $< -o $@
$(B)/kernel/k_%.S.o: kernel/k_%.S
	@mkdir -p $(dir $@)
	$(CC) $(GUEST_CFLAGS) -c $< -o $@

$(B)/kernel/libplinthk.a: $(KERNEL_RT_OBJS)
	@rm -f $@
	ar rcs $@ $^

$(B)/kernel/sv_entry.S.o: kernel/sv_entry.S
	@mkdir -p $(dir $@)
	$(CC) $(KERNEL_SV_CFLAGS) -c $< -o $@
$(B)/kernel/sv_fault.c.o: kernel/sv_fault.c
	@mkdir -p $(dir $@)
	$(CC) $(KERNEL_SV_CFLAGS) -c $< -o $@.tmp
	objcopy --prefix-alloc-sections=.sv $@.tmp $@
	@rm -f $@.tmp

# One relocatable object for ring 0; refuses any reference to ring-3 code
# other than the handful it must know.
$(B)/kernel/sv.o: $(B)/kernel/sv_entry.S.o $(B)/kernel/sv_fault.c.o
	ld -r -o $@.tmp $^
	@bad=$$(nm -u $@.tmp | awk '{print $$2}' | grep -vxF $(patsubst %,-e %,$(KERNEL_SV_EXTERNS))); \
	if [ -n "$$bad" ]; then echo "kernel: ring-0 code references: $$bad" >&2; rm -f $@.tmp; exit 1; fi
	@mv $@.tmp $@

$(B)/kernel/image.ld: kernel/image.ld.S kernel/sv_layout.h
	@mkdir -p $(dir $@)
	$(CC) -E -P -undef -nostdinc -Ikernel -x c $< -o $@

ALL_TARGETS += $(KERNEL_IMAGE_DEPS)

-include $(KERNEL_RT_OBJS:.o=.d) $(B)/kernel/sv_entry.S.d $(B)/kernel/sv_fault.c.d
-include tests/guest/build.mk
-include tests/snapshot/build.mk
