/*
 * Vietnamese slugs in the Wagtail admin.
 *
 * Wagtail's slug controller (Stimulus "w-slug") transliterates with its own downcode map, in
 * which "đ" is the Serbian "dj" and most Vietnamese vowels with two marks ("ợ", "ầ") are
 * missing, so "Đoàn viên được hỗ trợ" became "djoan-vien-djc-h-tr". This file registers a
 * subclass under the same identifier whose slugify/urlify apply the project's one folding
 * rule (congdoan/text.py: vn_slugify), read from the JSON the server renders next to it.
 */
(function () {
  'use strict';

  var ruleElement = document.getElementById('congdoan-slug-rule');
  var rule = ruleElement
    ? JSON.parse(ruleElement.textContent)
    : { letters: { đ: 'd', Đ: 'D' }, keep: 'a-z0-9', maxLength: 255 };
  var letters = new RegExp('[' + Object.keys(rule.letters).join('') + ']', 'g');
  var nonSlug = new RegExp('[^' + rule.keep + ']+', 'g');

  function fold(text) {
    return String(text || '')
      .replace(letters, function (ch) {
        return rule.letters[ch];
      })
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .normalize('NFC');
  }

  function vnSlugify(text, maxLength) {
    var limit = maxLength || rule.maxLength;
    var slug = fold(text).toLowerCase().replace(nonSlug, '-').replace(/^-+|-+$/g, '');
    if (slug.length > limit) {
      slug = slug.slice(0, limit).replace(/-+$/g, '');
    }
    return slug;
  }

  window.congdoan = Object.assign(window.congdoan || {}, { fold: fold, vnSlugify: vnSlugify });

  function register() {
    var app = window.wagtail && window.wagtail.app;
    var module = app && app.router.modulesByIdentifier.get('w-slug');
    if (!module) {
      return false;
    }
    var Base = module.definition.controllerConstructor;
    if (Base.congdoanVietnamese) {
      return true;
    }

    class VietnameseSlugController extends Base {
      static congdoanVietnamese = true;

      vietnamese(action, event, options) {
        var ignoreUpdate = (options && options.ignoreUpdate) || false;
        var runFormat = options && 'runFormat' in options ? options.runFormat : !ignoreUpdate;
        var source = (event && event.detail && event.detail.value) ?? this.element.value;
        var prepared = this.prepareValue(source, { runFormat: runFormat });
        var slug = prepared ? vnSlugify(prepared) : '';
        if (!ignoreUpdate) {
          this.applyUpdate(action, slug, source);
        }
        return slug;
      }

      slugify(event, options) {
        return this.vietnamese('slugify', event, options);
      }

      urlify(event, options) {
        return this.vietnamese('urlify', event, options);
      }
    }

    app.register('w-slug', VietnameseSlugController);
    return true;
  }

  if (!register()) {
    document.addEventListener('DOMContentLoaded', register);
  }

  /*
   * Date pickers: the jQuery datetimepicker "validates" a typed date on blur by handing it to
   * JavaScript's Date, which rolls 31/02/2026 over to 03/03/2026 and saves that silently.
   * The server checks dates (dd/mm/yyyy, congdoan/formats/vi/formats.py) and says what is
   * wrong, so typed text is left exactly as typed.
   */
  var jq = window.jQuery;
  if (jq && jq.fn && jq.fn.datetimepicker && jq.fn.datetimepicker.defaults) {
    jq.fn.datetimepicker.defaults.validateOnBlur = false;
    jq.fn.datetimepicker.defaults.dayOfWeekStart = 1;
  }
})();
