# tests/guest/build.mk: guest test programs, one image per tests/guest/*.c,
# built on the thin layer (kernel/build.mk) as $(B)/tests/guest/NAME.elf.
GUEST_TEST_SRCS := $(wildcard tests/guest/*.c)
GUEST_TEST_OBJS := $(patsubst tests/guest/%.c,$(B)/tests/guest/%.o,$(GUEST_TEST_SRCS))
GUEST_TEST_IMGS := $(GUEST_TEST_OBJS:.o=.elf)

$(B)/tests/guest/%.o: tests/guest/%.c
	@mkdir -p $(dir $@)
	$(CC) $(GUEST_CFLAGS) -c $< -o $@
$(B)/tests/guest/%.elf: $(B)/tests/guest/%.o $(KERNEL_IMAGE_DEPS)
	$(call kernel_link,$<)

ALL_TARGETS += $(GUEST_TEST_IMGS)
TEST_DEPS   += $(GUEST_TEST_IMGS)
-include $(GUEST_TEST_OBJS:.o=.d)
.SECONDARY: $(GUEST_TEST_OBJS)
