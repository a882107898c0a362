# jvm/build.mk: the hosted JVM, build/plinth-jvm (and an ASan+UBSan build,
# build/asan/plinth-jvm, for tests).  Every jvm/*.c and jvm/*.S is part of it,
# except the partition's platform, platform_partition*.c (jvm/partition.mk).
JVM_SRCS  := $(filter-out jvm/platform_partition%.c,$(wildcard jvm/*.c)) $(wildcard jvm/*.S)
JVM_OBJS  := $(patsubst jvm/%,$(B)/jvm/%.o,$(JVM_SRCS))
JVM_AOBJS := $(patsubst jvm/%,$(B)/asan/jvm/%.o,$(JVM_SRCS))
include jvm/libm.mk
JVM_CFLAGS := $(HOST_CFLAGS) -iquote jvm -fno-strict-aliasing -fwrapv
JVM_ASAN   := -O1 -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined

$(B)/jvm/%.c.o: jvm/%.c
	@mkdir -p $(dir $@)
	$(CC) $(JVM_CFLAGS) -c $< -o $@
$(B)/jvm/%.S.o: jvm/%.S
	@mkdir -p $(dir $@)
	$(CC) $(JVM_CFLAGS) -c $< -o $@
$(B)/asan/jvm/%.c.o: jvm/%.c
	@mkdir -p $(dir $@)
	$(CC) $(JVM_CFLAGS) $(JVM_ASAN) -c $< -o $@
$(B)/asan/jvm/%.S.o: jvm/%.S
	@mkdir -p $(dir $@)
	$(CC) $(JVM_CFLAGS) -c $< -o $@

ifneq ($(wildcard jvm/main_hosted.c),)
$(B)/plinth-jvm: $(JVM_OBJS)
	$(CC) -o $@ $^ -lm
$(B)/asan/plinth-jvm: $(JVM_AOBJS)
	$(CC) $(JVM_ASAN) -o $@ $^ -lm
ALL_TARGETS += $(B)/plinth-jvm
TEST_DEPS   += $(B)/asan/plinth-jvm
else
ALL_TARGETS += $(JVM_OBJS)
endif

-include $(JVM_OBJS:.o=.d) $(JVM_AOBJS:.o=.d)
