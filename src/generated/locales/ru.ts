
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'clause-missing': `Выберите пункт Циндаоской инициативы: clause="1" … clause="6".`,
'clause-unknown': str`В Циндаоской инициативе нет пункта «${0}». Пункты пронумерованы от 1 до 6.`,
'column-language': str`Язык столбца ${0}`,
'contents-label': `Содержание`,
'copy-link-done': `Ссылка скопирована`,
'copy-link-failed': `Скопируйте ссылку:`,
'copy-link-label': str`Скопировать ссылку на пункт ${0}`,
'copy-quote-done': `Пункт скопирован со ссылкой на источник`,
'copy-quote-failed': `Копирование здесь запрещено: выделите текст.`,
'copy-quote-label': str`Скопировать пункт ${0} со ссылкой на источник`,
'switch-label': `Язык текста`,
'value-unknown': str`Значение ${0}="${1}" не поддерживается: используется «${2}». Допустимо: ${3}.`,
'view-parallel': `Параллельно`,
    };
  