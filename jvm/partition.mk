# jvm/partition.mk: the JVM's partition image, build/plinth-jvm.elf: the
# JVM's objects compiled with the thin layer's guest flags, its partition
# platform (platform_partition*.c, not platform_hosted*.c) and start (partition/main_partition.c),
# linked on kernel/ (docs/partition.md).  Also the class library's class
# image, build/classlib.img, packed by build/plinth-pack at build time.
JVMP_SRCS := $(filter-out jvm/platform_hosted%.c jvm/main_hosted.c,$(wildcard jvm/*.c)) \
             $(wildcard jvm/*.S) jvm/partition/main_partition.c
JVMP_OBJS := $(patsubst jvm/%,$(B)/jvmp/%.o,$(JVMP_SRCS)) $(LIBM_OBJ)
JVMP_CFLAGS := $(GUEST_CFLAGS) -iquote jvm -fno-strict-aliasing -fwrapv
# The main Java thread runs on the layer's ring-3 stack: the JVM's depth
# checks assume 1 MiB of it is free for Java work, so give it more.
JVMP_LDFLAGS := -Wl,--defsym,k_stack_size=0x400000

$(B)/jvmp/%.c.o: jvm/%.c
	@mkdir -p $(dir $@)
	$(CC) $(JVMP_CFLAGS) -c $< -o $@
$(B)/jvmp/%.S.o: jvm/%.S
	@mkdir -p $(dir $@)
	$(CC) $(JVMP_CFLAGS) -c $< -o $@

$(B)/plinth-jvm.elf: $(JVMP_OBJS) $(KERNEL_IMAGE_DEPS)
	$(call kernel_link,$(JVMP_OBJS),$(JVMP_LDFLAGS))

# The packer: the monitor's class-image writer with a command line of its own.
PACK_OBJS := $(B)/pack/pack_main.o $(B)/monitor/mon_classimg.o $(B)/monitor/mon_jar.o
$(B)/pack/%.o: jvm/partition/%.c
	@mkdir -p $(dir $@)
	$(CC) $(HOST_CFLAGS) -Imonitor -c $< -o $@
$(B)/plinth-pack: $(PACK_OBJS)
	$(CC) -o $@ $^ -lz

# Start-up's classes first in the image (see pack_main.c).
$(B)/classlib.img: $(B)/plinth-pack $(B)/classlib/stamp jvm/partition/startup_classes.txt
	$(B)/plinth-pack --first jvm/partition/startup_classes.txt $@ $(B)/classlib/classes

ALL_TARGETS += $(B)/plinth-jvm.elf
ifneq ($(wildcard classlib/java/lang/Object.java),)
ALL_TARGETS += $(B)/classlib.img
endif

-include $(JVMP_OBJS:.o=.d) $(B)/pack/pack_main.d

