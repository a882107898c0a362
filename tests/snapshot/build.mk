# tests/snapshot/build.mk: the snapshot suite's guest programs, built on
# the thin layer (included from kernel/build.mk) as
# $(B)/tests/snapshot/NAME.elf, one per tests/snapshot/*.c.
SNAP_TEST_SRCS := $(wildcard tests/snapshot/*.c)
SNAP_TEST_OBJS := $(patsubst tests/snapshot/%.c,$(B)/tests/snapshot/%.o,$(SNAP_TEST_SRCS))
SNAP_TEST_IMGS := $(SNAP_TEST_OBJS:.o=.elf)

$(B)/tests/snapshot/%.o: tests/snapshot/%.c
	@mkdir -p $(dir $@)
	$(CC) $(GUEST_CFLAGS) -c $< -o $@
$(B)/tests/snapshot/%.elf: $(B)/tests/snapshot/%.o $(KERNEL_IMAGE_DEPS)
	$(call kernel_link,$<)

# In ALL_TARGETS too: the snapshot benchmark uses them.
ALL_TARGETS += $(SNAP_TEST_IMGS)
TEST_DEPS   += $(SNAP_TEST_IMGS)
-include $(SNAP_TEST_OBJS:.o=.d)
.SECONDARY: $(SNAP_TEST_OBJS)
