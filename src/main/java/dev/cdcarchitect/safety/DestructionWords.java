package dev.cdcarchitect.safety;

import static dev.cdcarchitect.safety.Scripts.nonLatin;

import java.util.List;

/**
 * The words of a destruction request: destroy × everything, or production × infrastructure, unless routine. Used
 * by {@link IntentObjectRules}.
 */
final class DestructionWords {

    private DestructionWords() {}

    // ---- destroy × everything / production × infrastructure ----
    static final List<String> DESTROY = List.of(
            "drop", "delete", "wipe", "destroy", "erase", "nuke", "purge", "truncate", "corrupt", "overwrite", "lösch",
            "zerstör", "vernicht", "entfern", "supprim", "détrui", "détruis", "efface", "écrase", "borra", "elimin",
            "destru", "apag", "exclu", "cancell", "distrugg", "verwijder", "vernietig", "usuń", "usun", "skasuj",
            "zniszcz", "wyczyść", "удали", "удалить", "уничтож", "сотри", "снеси", "删除", "删掉", "清空", "销毁", "摧毁", "清除",
            "削除", "消去", "破壊", "消して", "壊して", "삭제", "지워", "지우", "파괴", "날려", "sil ", "sil.", "sil,", "sil!", "silin",
            "silsin", "yok et", "imha", "हटा", "मिटा", "नष्ट", "डिलीट", "احذف", "امسح", "دمر", "دمّر", "radera",
            "ta bort", "förstör", "töm", "smaž", "smazat", "odstraň", "znič", "vymaž", "διάγραψ", "διαγράψ", "σβήσ", "καταστρέψ",
            "xóa", "xoá", "hủy", "phá hủy");
    static final String EVERYTHING = "\\b(?:all|every (?:\\S+ )?(?:databases?|dbs?|tables?|backups?|"
            + "servers?|clusters?|keyspaces?|replicas?|snapshots?)|entire|whole|production|prod|alle[ns]?|"
            + "gesamte[nr]?|ganze[nr]?|produktion"
            + "|toute?s?|tous|entière?|production|tod[oa]s|enter[oa]|producción|produção|produzione|tutt[ie]|"
            + "inter[oa]|hele|productie"
            + "|wszystkie|cał[ya]|produkcyj|все|весь|всю|продакшен|прод)|所有|全部|生产|全て|すべて|本番"
            + "|\\b(?:tất cả|toàn bộ|mọi)\\b|" + nonLatin("όλ\\p{L}*|παραγωγ\\p{L}*") + "|\\b(?:alla|allt|hela|produktion\\p{L}*|všechn\\p{L}*|vešker\\p{L}*|celou|produkční\\p{L}*|"
            + "tüm|bütün|hepsi\\p{L}*|üretim\\p{L}*|canlı)\\b|" + nonLatin("모든|전체|전부|운영|프로덕션|(?<!\\p{L})(?:كل|"
            + "جميع)(?!\\p{L})|الإنتاج|सभी|सारे|सारा|पूरा|पूरे|प्रोडक्शन");
    static final String INFRASTRUCTURE = "\\b(?:everything|databases?|dbs?|tables|backups?|clusters?|"
            + "servers?|keyspaces?|snapshots|replicas"
            + "|datenbank|tabellen|sicherungen|bases? de (?:données|datos|dados)|copias de seguridad|"
            + "bancos de dados|tablas|tabelas"
            + "|sauvegardes|database|tabelle|back-ups|bazy danych|baz|tabel[ei]?|kopie zapasowe|klast(?:er|"
            + "ry)|баз|таблиц|резервн|кластер)"
            + "|\\b(?:cơ sở dữ liệu|bản sao lưu|bảng)\\b|" + nonLatin("βάσ\\p{L}* δεδομένων|αντίγραφ\\p{L}* ασφαλείας|πίνακ\\p{L}*") + "|productiedatabases|produktionsdatenbanken|" + nonLatin("数据库|表|备份|集群|データベース|テーブル|バックアップ|クラスター")
            + "|\\b(?:databas\\p{L}*|tabeller\\p{L}*|säkerhetskopi\\p{L}*|backuper|kluster\\p{L}*|databáz\\p{L}*|"
            + "tabulk\\p{L}*|záloh\\p{L}*|veritaban\\p{L}*|tablo\\p{L}*|yedek\\p{L}*|sunucu\\p{L}*)|" + nonLatin("데이터베이스|"
            + "테이블|백업|클러스터|قاعدة البيانات|قواعد البيانات|الجداول|النسخ الاحتياطية|الخوادم|डेटाबेस|टेबल|"
            + "तालिका|बैकअप|सर्वर");
    static final String ROUTINE = ThreatPatterns.ERASURE_CONTEXT
            + "|auf anfrage|dsgvo|\\b(?:not|never|no|nie|nicht|jamais|nunca|mai|niet|nigdy|не)\\b"
            + "|\\b(?:inte|aldrig|nikdy|asla|değil)\\b|(?<!\\p{L})(?:لا|ليس)(?!\\p{L})|" + nonLatin("않|말고|नहीं|मत ");
}
