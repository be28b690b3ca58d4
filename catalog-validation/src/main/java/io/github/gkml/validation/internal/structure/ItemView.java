package io.github.gkml.validation.internal.structure;

import io.github.gkml.model.Deadline;
import io.github.gkml.model.Item;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * The elements of one item that 国办发〔2019〕54号 requires ("至少应包括" name, content, basis, deadline,
 * subject, mode, channel, audience), as Bean Validation sees them. The name is the item path, which
 * the model never lets be blank. A view over the item: nothing is copied.
 *
 * @param content 公开内容
 * @param basis 公开依据
 * @param deadline the text of 公开时限, or {@code null}
 * @param subjects 公开主体
 * @param modes 公开方式
 * @param channels 公开渠道和载体
 * @param audience 公开对象
 */
record ItemView(
    @NotEmpty(message = MISSING, payload = RulePayloads.ElementMissing.class) Collection<?> content,
    @NotEmpty(message = MISSING, payload = RulePayloads.ElementMissing.class) Collection<?> basis,
    @NotBlank(message = MISSING, payload = RulePayloads.ElementMissing.class)
        @Nullable String deadline,
    @NotEmpty(message = MISSING, payload = RulePayloads.ElementMissing.class)
        Collection<?> subjects,
    @NotEmpty(message = MISSING, payload = RulePayloads.ElementMissing.class) Collection<?> modes,
    @NotEmpty(message = MISSING, payload = RulePayloads.ElementMissing.class)
        Collection<?> channels,
    @NotEmpty(message = MISSING, payload = RulePayloads.ElementMissing.class)
        Collection<?> audience) {

  static final String MISSING = "{io.github.gkml.validation.ElementMissing.message}";

  static ItemView of(Item item) {
    Deadline deadline = item.deadline();
    return new ItemView(
        item.content(),
        item.basis(),
        deadline == null ? null : deadline.raw(),
        item.subjects(),
        item.modes(),
        item.channels(),
        item.audience());
  }
}
