# classlib/build.mk: our java.base, compiled by javac against itself only
# (--system=none) into build/classlib/classes/, where the hosted JVM finds it.
# One javac call over every source.  Two makes may run at once (tests may be
# running too), so each build compiles into a directory of its own and then
# swaps it in by renaming a symlink over build/classlib/classes (a rename is
# atomic: a reader sees the old tree or the new one, never none); older
# trees are removed under a lock (a tree whose .sources list still exists
# belongs to a build in progress).  The stamp file stands for the whole tree.
# java/lang/CharacterData.java (Unicode tables, names, blocks, scripts, special
# casing) is generated from the build JDK by classlib/gen/GenCharacterData.java.
# jdk/internal/time/TzdbData.java (the tz database: every zone's rules and
# names, and the build machine's default zone, read with TZ unset) is
# generated from the build JDK by classlib/gen/GenZoneData.java.
# Until java/lang/Object.java exists (the core's) javac cannot compile the
# library, so the target is only added once it does.
JAVA ?= java
CLASSLIB_SRCS  := $(shell find classlib -path classlib/gen -prune -o -name '*.java' -print 2>/dev/null)
CLASSLIB_DIR   := $(B)/classlib
CLASSLIB_OUT   := $(CLASSLIB_DIR)/classes
CLASSLIB_STAMP := $(CLASSLIB_DIR)/stamp
CLASSLIB_GENDIR := $(CLASSLIB_DIR)/gen/java/lang
CLASSLIB_TZDIR := $(CLASSLIB_DIR)/gen/jdk/internal/time
CLASSLIB_GEN   := $(CLASSLIB_GENDIR)/CharacterData.java $(CLASSLIB_GENDIR)/CharacterName.java \
                  $(CLASSLIB_TZDIR)/TzdbData.java

# One run writes both files (into a directory of its own, then moved).
$(CLASSLIB_GENDIR)/CharacterData.java: classlib/gen/GenCharacterData.java
	@mkdir -p $(@D)
	$(JAVA) $< $(@D)/tmp.$$$$ && mv -f $(@D)/tmp.$$$$/CharacterName.java $(@D)/ \
	    && mv -f $(@D)/tmp.$$$$/CharacterData.java $(@D)/ && rmdir $(@D)/tmp.$$$$
$(CLASSLIB_GENDIR)/CharacterName.java: $(CLASSLIB_GENDIR)/CharacterData.java

$(CLASSLIB_TZDIR)/TzdbData.java: classlib/gen/GenZoneData.java
	@mkdir -p $(@D)
	env -u TZ $(JAVA) --add-opens java.base/java.time.zone=ALL-UNNAMED $< $(@D)/tmp.$$$$ \
	    && mv -f $(@D)/tmp.$$$$/jdk/internal/time/TzdbData.java $@ && rm -rf $(@D)/tmp.$$$$

# $$$$ is the recipe shell's pid: unique among concurrent builds.
$(CLASSLIB_STAMP): $(CLASSLIB_SRCS) $(CLASSLIB_GEN) classlib/build.mk
	@set -e; id=$$$$; tree=$(CLASSLIB_DIR)/tree.$$id; \
	rm -rf $$tree && mkdir -p $$tree; \
	printf '%s\n' $(CLASSLIB_SRCS) $(CLASSLIB_GEN) > $$tree.sources; \
	echo "javac -d $$tree @$$tree.sources"; \
	if ! $(JAVAC) --system=none -XDstringConcat=inline -g:source,lines -encoding UTF-8 \
	    -nowarn -Xlint:none -d $$tree @$$tree.sources; then \
	    rm -rf $$tree $$tree.sources; exit 1; fi; \
	ln -sfn tree.$$id $(CLASSLIB_DIR)/link.$$id; \
	( flock 9; \
	  if [ -d $(CLASSLIB_OUT) ] && [ ! -L $(CLASSLIB_OUT) ]; then rm -rf $(CLASSLIB_OUT); fi; \
	  mv -T $(CLASSLIB_DIR)/link.$$id $(CLASSLIB_OUT); \
	  rm -f $$tree.sources; \
	  cur=$$(readlink $(CLASSLIB_OUT)); \
	  for t in $(CLASSLIB_DIR)/tree.*; do \
	    case $$t in *.sources) continue;; esac; \
	    if [ "$${t##*/}" != "$$cur" ] && [ ! -e $$t.sources ]; then rm -rf $$t; fi; \
	  done ) 9>$(CLASSLIB_DIR)/lock; \
	rm -rf $(CLASSLIB_OUT).tmp; \
	touch $@

ifneq ($(wildcard classlib/java/lang/Object.java),)
ALL_TARGETS += $(CLASSLIB_STAMP)
endif
